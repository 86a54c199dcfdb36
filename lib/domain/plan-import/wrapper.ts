import { isOrganisationLine, isTitleCandidate, opensNode, type TClassifiedLine } from "./classify-lines";
import { parseDateLine } from "./dates";

/**
 * The 印发通知 wrapper: a plan issued by a notice carries, before its own title, a 文号 line
 * ("梁政办〔2022〕5号"), the issuing government, the addressees ("各乡镇人民政府…："), a short body
 * ("现将《…》印发给你们，请认真贯彻落实。"), the notice's date, and often "附件". The plan's title
 * follows, sometimes split over two lines. Takes classified (folded) lines.
 */

/** 梁政办〔2022〕5号, 商梁政〔2021〕12号 (〔〕 fold to ()). */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,12}\s*[([]\s*\d{4}\s*[)\]]\s*\d{1,4}\s*号$/;
const NOTICE_BODY = /印发给你们|转发给你们|现将.{0,80}(?:印发|转发)|现予印发|予以印发|请认真(?:贯彻|抓好|组织|遵照|抓)|请结合实际/;
/** Short lines that close a notice: "(此件公开发布)", "附件", "附件1". */
const NOTICE_TAIL = /^(?:\(此件[^)]{0,12}\)|附件\s*\d*\s*:?)$/;
const SEARCH_WINDOW = 15;
const DATE_WINDOW = 6;

export function isDocumentNumberLine(line: TClassifiedLine): boolean {
  return DOCUMENT_NUMBER.test(line.text.folded.replace(/\s+/g, ""));
}

/**
 * Index of the first line after the wrapper, and the notice's date; null when the document
 * opens with no wrapper. A wrapper needs a notice body within the first lines, before any node.
 */
export function findWrapperEnd(lines: readonly TClassifiedLine[]): { end: number; date: string | null; dateIndex: number } | null {
  const window = lines.slice(0, SEARCH_WINDOW);
  const firstNode = window.findIndex(opensNode);
  const bodyIndex = window.findIndex((line, index) =>
    (firstNode < 0 || index < firstNode) && line.lineClass.type === "plain" && NOTICE_BODY.test(line.text.folded));
  if (bodyIndex < 0) return null;
  let end = bodyIndex + 1;
  let date: string | null = null;
  let dateIndex = -1;
  for (let index = end; index < Math.min(lines.length, bodyIndex + 1 + DATE_WINDOW); index++) {
    const line = lines[index];
    if (!line || opensNode(line)) break;
    const parsed = parseDateLine(line.text.folded);
    if (parsed !== null) {
      date = parsed;
      dateIndex = index;
      end = index + 1;
      break;
    }
    if (!isOrganisationLine(line) && !NOTICE_TAIL.test(line.text.folded)) break;
    end = index + 1;
  }
  while (lines[end] && NOTICE_TAIL.test(lines[end]?.text.folded ?? "")) end++;
  return { end, date, dateIndex };
}

/** Words a plan's title ends with; a first title line without one may go on on the next line. */
const TITLE_END = /(?:要点|方案|报告|计划|安排|意见|通知|台账|清单|办法|规划|总结|情况|细则|分工|举措|任务|措施)$/;
const TITLE_SECOND_LINE_MAX = 30;

/** The title's lines from `start`: one, or two when the first stops short of the title's end word. */
export function takeTitleLines(lines: readonly TClassifiedLine[], start: number): TClassifiedLine[] {
  const first = lines[start];
  if (!first || !isTitleCandidate(first)) return [];
  const second = lines[start + 1];
  // A title split by the page's width is on the very next line; a blank line between ends it.
  const continues = second !== undefined && second.line === first.line + 1 && !TITLE_END.test(first.text.folded) && isTitleCandidate(second) &&
    second.text.folded.length <= TITLE_SECOND_LINE_MAX && TITLE_END.test(second.text.folded) && !isOrganisationLine(second);
  return continues ? [first, second] : [first];
}
