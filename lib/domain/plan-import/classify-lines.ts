import { isAnnotationLine } from "./annotations";
import { parseDateLine } from "./dates";
import { sliceSource, splitLines, toSourceText, trimSource, type TSourceText } from "./normalize";
import { matchLineMarker, type TLineMarker } from "./numbering";
import { detectShortcomingsParagraph, isShortcomingsHeading } from "./shortcomings";

/**
 * First pass over the document: classifies each non-blank line on its own, then finds the frame
 * around the structure — title, preamble, signature date — and the lines left for the tree.
 */

export type TLineClass =
  | { type: "numbered"; marker: TLineMarker; code: string; rest: TSourceText }
  | { type: "annotation" }
  | { type: "shortcomings-paragraph" }
  | { type: "shortcomings-heading" }
  | { type: "plain" };

export type TClassifiedLine = {
  /** 1-based line number in the original text. */
  line: number;
  /** The line without leading and trailing (full-width) spaces. */
  text: TSourceText;
  lineClass: TLineClass;
};

function classifyLine(text: TSourceText): TLineClass {
  const marker = matchLineMarker(text.folded);
  if (marker) {
    return {
      type: "numbered",
      marker,
      code: text.raw.slice(0, marker.length).replace(/\s+/g, ""),
      rest: trimSource(sliceSource(text, marker.length)),
    };
  }
  if (isAnnotationLine(text)) return { type: "annotation" };
  if (detectShortcomingsParagraph(text.folded)) return { type: "shortcomings-paragraph" };
  if (isShortcomingsHeading(text.folded)) return { type: "shortcomings-heading" };
  return { type: "plain" };
}

export function classifyLines(documentText: string): TClassifiedLine[] {
  return splitLines(documentText).flatMap((raw, index) => {
    const text = trimSource(toSourceText(raw));
    return text.folded === "" ? [] : [{ line: index + 1, text, lineClass: classifyLine(text) }];
  });
}

export function opensNode(line: TClassifiedLine): boolean {
  const { type } = line.lineClass;
  return type === "numbered" || type === "shortcomings-paragraph" || type === "shortcomings-heading";
}

const TITLE_MAX_LENGTH = 100;

/** The title is the first line unless it is numbered, a date, an annotation or a sentence. */
export function isTitleCandidate(line: TClassifiedLine): boolean {
  return (
    line.lineClass.type === "plain" &&
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
