import { isAnnotationLine } from "./annotations";
import { isChromeLine } from "./chrome";
import { parseDateLine } from "./dates";
import { sliceSource, splitLines, toSourceText, trimSource, type TSourceText } from "./normalize";
import { matchLineMarker, type TLineMarker } from "./numbering";
import { detectShortcomingsParagraph, isShortcomingsHeading } from "./shortcomings";

/**
 * First pass over the document: classifies each non-blank line on its own, then finds the frame
 * around the structure — title, preamble, signature date — and the lines left for the tree.
 */

export type TLineClass =
  /** `isLabelledProblem`: "1.问题：…" in a rectification document (the label is cut from `rest`). */
  | { type: "numbered"; marker: TLineMarker; code: string; rest: TSourceText; isLabelledProblem: boolean }
  | { type: "annotation" }
  | { type: "shortcomings-paragraph" }
  | { type: "shortcomings-heading" }
  /** An unnumbered heading ("工作要求", "保障措施"): after the first node, it opens a group. */
  | { type: "heading" }
  /** A page marker or web-page chrome (chrome.ts): always unparsed. */
  | { type: "chrome" }
  | { type: "plain" };

export type TClassifiedLine = {
  /** 1-based line number in the original text. */
  line: number;
  /** The line without leading and trailing (full-width) spaces. */
  text: TSourceText;
  lineClass: TLineClass;
};

/** Short, no punctuation or digits, and ends like a heading of a plan's part. */
const UNNUMBERED_HEADING = /^[\u4e00-\u9fff]{2,12}$/;
const HEADING_END = /(?:总体要求|工作要求|有关要求|保障措施|工作措施|主要措施|工作目标|目标任务|基本原则|主要任务|重点任务|重点工作|工作重点|主要做法|主要成效|工作成效|工作打算|工作安排|工作思路|主要举措|工作情况|基本情况|组织保障|实施步骤|进度安排)$/;

export function isUnnumberedHeading(folded: string): boolean {
  return UNNUMBERED_HEADING.test(folded) && HEADING_END.test(folded);
}

/** 整改方案 and 整改台账 number their problems "1.问题：…" / "1.存在问题:…", each with 整改措施 below. */
const PROBLEM_LABEL = /^(?:存在的?)?问题\s*\d{0,3}\s*:\s*/;

function classifyLine(text: TSourceText): TLineClass {
  if (isChromeLine(text.folded)) return { type: "chrome" };
  const marker = matchLineMarker(text.folded);
  if (marker) {
    const rest = trimSource(sliceSource(text, marker.length));
    const label = PROBLEM_LABEL.exec(rest.folded);
    return {
      type: "numbered",
      marker,
      code: text.raw.slice(0, marker.length).replace(/\s+/g, ""),
      rest: label ? trimSource(sliceSource(rest, label[0].length)) : rest,
      isLabelledProblem: label !== null,
    };
  }
  if (isAnnotationLine(text)) return { type: "annotation" };
  if (detectShortcomingsParagraph(text.folded)) return { type: "shortcomings-paragraph" };
  if (isShortcomingsHeading(text.folded)) return { type: "shortcomings-heading" };
  if (isUnnumberedHeading(text.folded)) return { type: "heading" };
  return { type: "plain" };
}

export function classifyLines(documentText: string): TClassifiedLine[] {
  return splitLines(documentText).flatMap((raw, index) => {
    const text = trimSource(toSourceText(raw));
    if (text.folded === "") return [];
    return splitRunTogetherHeading(text).map((piece) => ({ line: index + 1, text: piece, lineClass: classifyLine(piece) }));
  });
}

/**
 * A copy from a PDF or a web page often puts a heading and its first numbered child on one line:
 * "一、总体要求(一)指导思想…" or "二、主要任务 1.深化…". The child starts where a deeper marker
 * follows a short heading; both pieces keep the line's number.
 */
const RUN_TOGETHER = /^([一二三四五六七八九十]{1,3}\s*、[^。;:,()]{2,24}?)\s*(?=\(\s*[一二三四五六七八九十]{1,3}\s*\)|1\s*[.、](?!\d))/;

function splitRunTogetherHeading(text: TSourceText): TSourceText[] {
  const match = RUN_TOGETHER.exec(text.folded);
  if (!match) return [text];
  const rest = trimSource(sliceSource(text, match[0].length));
  return rest.folded === "" ? [text] : [trimSource(sliceSource(text, 0, match[0].length)), rest];
}

export function opensNode(line: TClassifiedLine): boolean {
  const { type } = line.lineClass;
  return type === "numbered" || type === "shortcomings-paragraph" || type === "shortcomings-heading";
}

const TITLE_MAX_LENGTH = 100;

/** The title is the first line unless it is numbered, a date, an annotation or a sentence. */
export function isTitleCandidate(line: TClassifiedLine): boolean {
  return (
    (line.lineClass.type === "plain" || line.lineClass.type === "heading") &&
    parseDateLine(line.text.folded) === null &&
    !/[。]$/.test(line.text.folded) &&
    line.text.folded.length <= TITLE_MAX_LENGTH
  );
}

/** An issuing organisation written above the signature date ("梁园区人民政府"). */
export function isOrganisationLine(line: TClassifiedLine): boolean {
  const { folded } = line.text;
  return (
    line.lineClass.type === "plain" &&
    folded.length <= 30 &&
    !/[。,;:!?、\d]/.test(folded) &&
    /(人民政府|政府|委员会|办公室|领导小组|小组|局|委|办|院|中心|部|处|厅|办事处|公司)$/.test(folded)
  );
}
