import type { TIndicator } from "./types";
import { sliceSource, trimSource, type TSourceText } from "./normalize";

/**
 * Candidate indicators: numbers with a unit of count, rate or money ("受理…案件97件",
 * "办结率100%", "上报数据5630万余条"). They are offered for review, so the list favours units
 * that almost never follow a number by accident; 年, 月, 日 and ordinals (第83次) are never read.
 */

/** Longer units first so that 人次 wins over 人 and 个百分点 over 个. */
const BASE_UNITS = [
  "个百分点", "百分点", "人次", "场次", "件次", "户次", "小时",
  "个", "件", "条", "次", "起", "份", "名", "人", "家", "期", "场", "项", "篇", "册",
  "户", "所", "批", "例", "宗", "元", "天", "%", "‰",
];
const UNIT = `(?:余|多)?[万亿]?(?:余|多)?(?:${BASE_UNITS.join("|")})`;
const INDICATOR = new RegExp(`(?<![\\d.A-Za-z第])(\\d+(?:\\.\\d+)?)\\s*(${UNIT})`, "g");

/** A name stops at 、 as well; the quoted text runs back to the whole clause. */
const NAME_BOUNDARY = /[,;:。!?、\n]/;
const CLAUSE_BOUNDARY = /[,;:。!?\n]/;
const LEADING_FILLERS =
  /^(?:全年|全区|累计|共计|合计|总计|共|其中|现已|已经|已|并|均|分别|先后|截至目前|目前|今年以来|同时|及时|另)+/;
const TRAILING_FILLERS = /(?:共计|合计|总计|累计|共|达到|达|为|约|不少于|不低于|不超过|超过|近|逾|计|对|向|把|将|在|从|给)+$/;
/** A name starts at the first of these verbs: "…平台上报“双公示”信用信息记录" → "上报…记录". */
const ACTION_VERBS =
  /上报|报送|受理|办理|办结|审核|审查|调解|培训|举办|组织|开展|发放|公开|收到|查处|参与|接待|培育|抽取|印制|进驻|入库|归集|转发|梳理|清理|处理|发布|制定|出台|聘请|设立|建成|建立|覆盖|完成|化解|排查|解答|检查|整改|督办|召开|提供|帮助|共有|现有|新增|上传|参加/;
/** Only a long run-up is cut at its verb; "区级人民调解委员会" keeps its 调解. */
const MIN_LENGTH_TO_CUT_AT_VERB = 13;
const MAX_NAME_LENGTH = 20;
const MAX_FOLLOWING_NAME_LENGTH = 10;
/** Measure words after which the counted noun follows: "5个乡镇司法所", "146条现有…权责". */
const CLASSIFIERS = new Set(["个", "家", "名", "所", "项", "条", "件", "篇", "批", "户", "宗", "例"]);
const FOLLOWING_NAME_STOP = /[,;:。!?、\n()“”"《》]|进行|开展|的|以上|以下|左右|之/;

/** Look-back is bounded so that a long run without punctuation stays linear. */
const MAX_LOOK_BACK = 80;

function startBefore(folded: string, index: number, boundary: RegExp): number {
  let start = index;
  const limit = Math.max(0, index - MAX_LOOK_BACK);
  while (start > limit && !boundary.test(folded.charAt(start - 1))) start--;
  return start;
}

/** The words just before the number, without fillers ("全年共", "达"), starting at an action verb. */
function nameBefore(clause: TSourceText): TSourceText {
  let start = LEADING_FILLERS.exec(clause.folded)?.[0].length ?? 0;
  const end = clause.folded.length - (TRAILING_FILLERS.exec(clause.folded)?.[0].length ?? 0);
  if (end <= start) return sliceSource(clause, 0, 0);
  const verb = end - start >= MIN_LENGTH_TO_CUT_AT_VERB ? ACTION_VERBS.exec(clause.folded.slice(start, end)) : null;
  if (verb && verb.index > 0) start += verb.index;
  if (end - start > MAX_NAME_LENGTH) start = end - MAX_NAME_LENGTH;
  return trimSource(sliceSource(clause, start, end));
}

/** The noun counted after a measure word: "5个乡镇司法所的基础上" reads "乡镇司法所". */
function nameAfter(text: TSourceText, from: number): TSourceText {
  const rest = text.folded.slice(from, from + MAX_FOLLOWING_NAME_LENGTH);
  const stop = rest.search(FOLLOWING_NAME_STOP);
  return trimSource(sliceSource(text, from, from + (stop < 0 ? rest.length : stop)));
}

export function extractIndicators(text: TSourceText): TIndicator[] {
  const indicators: TIndicator[] = [];
  for (const match of text.folded.matchAll(INDICATOR)) {
    const [whole, numberText = "", unit = ""] = match;
    const nameStart = startBefore(text.folded, match.index, NAME_BOUNDARY);
    const clauseStart = startBefore(text.folded, match.index, CLAUSE_BOUNDARY);
    const end = match.index + whole.length;
    const baseUnit = unit.replace(/^[余多万亿]+/, "");
    const following = CLASSIFIERS.has(baseUnit) ? nameAfter(text, end) : null;
    let name = following && following.folded.length >= 2 ? following : nameBefore(sliceSource(text, nameStart, match.index));
    if (name.folded === "") name = nameAfter(text, end);
    indicators.push({
      name: name.raw,
      value: Number(numberText),
      unit,
      text: trimSource(sliceSource(text, clauseStart, end)).raw,
    });
  }
  return indicators;
}
