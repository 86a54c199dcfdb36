import { sliceSource, type TSourceText, type TSpan } from "./normalize";

/**
 * Work-plan annotations: "(牵头单位:区司法局;责任单位:各乡镇、街道;完成时限:6月底前)" at the end
 * of an item, in its middle, or on a line of its own, and the unbracketed tail form
 * "…。牵头单位:区司法局,完成时限:年底前". Recognises on the folded text and returns spans, so
 * callers can remove an annotation from the raw text and names keep the author's characters.
 */

const KEY_ROLES = {
  lead: ["牵头单位", "牵头部门", "主责单位", "主办单位", "共同牵头单位"],
  responsible: ["整改责任单位", "主要责任单位", "责任单位", "责任部门"],
  cooperating: ["配合单位", "配合部门", "协办单位", "参与单位", "协同单位"],
  due: ["完成时限", "完成时间", "时间节点", "办结时限", "时限要求", "整改时限", "整改期限", "完成期限"],
} as const;

type TKeyRole = keyof typeof KEY_ROLES;

const ROLE_BY_KEY = new Map<string, TKeyRole>(
  (Object.keys(KEY_ROLES) as TKeyRole[]).flatMap((role) => KEY_ROLES[role].map((key) => [key, role] as const)),
);
const KEY_ALTERNATION = [...ROLE_BY_KEY.keys()].join("|");
const KEY_GLOBAL = new RegExp(`(${KEY_ALTERNATION})[\\s:]*`, "g");
const STARTS_WITH_KEY = new RegExp(`^\\s*(?:${KEY_ALTERNATION})`);
const UNBRACKETED_KEY = new RegExp(`(^|[。;!?\\n])\\s*((?:${KEY_ALTERNATION})\\s*:)`, "g");
/** Another label inside a value ("责任领导:张三") is kept as text, never dropped. */
const UNKNOWN_LABEL = /[;,]\s*[\u4e00-\u9fff]{2,8}\s*:/;

/** Values by role, e.g. lead: ["区司法局"], due: ["6月底前"]. */
export type TAnnotation = Readonly<Record<TKeyRole, readonly TSourceText[]>>;

export type TAnnotationBlock = TSpan & {
  annotation: TAnnotation;
  /** False when the block holds text besides known keys; such a block stays in the text. */
  isFullyRecognised: boolean;
};

export function mergeAnnotations(annotations: readonly TAnnotation[]): TAnnotation {
  return {
    lead: annotations.flatMap((annotation) => annotation.lead),
    responsible: annotations.flatMap((annotation) => annotation.responsible),
    cooperating: annotations.flatMap((annotation) => annotation.cooperating),
    due: annotations.flatMap((annotation) => annotation.due),
  };
}

const SEPARATOR = /[\s;,。、:]/;

/** Trims separators off both ends of a value; index-preserving like trimSource. */
function trimValue(value: TSourceText): TSourceText {
  let start = 0;
  let end = value.folded.length;
  while (start < end && SEPARATOR.test(value.folded.charAt(start))) start++;
  while (end > start && SEPARATOR.test(value.folded.charAt(end - 1))) end--;
  return sliceSource(value, start, end);
}

function parseContent(content: TSourceText): { annotation: TAnnotation; isFullyRecognised: boolean } {
  const keys = [...content.folded.matchAll(KEY_GLOBAL)];
  const values: Record<TKeyRole, TSourceText[]> = { lead: [], responsible: [], cooperating: [], due: [] };
  const textBeforeKeys = trimValue(sliceSource(content, 0, keys[0]?.index ?? content.folded.length));
  let isFullyRecognised = textBeforeKeys.folded === "";
  keys.forEach((key, index) => {
    const role = ROLE_BY_KEY.get(key[1] ?? "");
    let value = sliceSource(content, key.index + key[0].length, keys[index + 1]?.index ?? content.folded.length);
    const unknown = UNKNOWN_LABEL.exec(value.folded);
    if (unknown) {
      isFullyRecognised = false;
      value = sliceSource(value, 0, unknown.index);
    }
    const trimmed = trimValue(value);
    if (role && trimmed.folded !== "") values[role].push(trimmed);
  });
  return { annotation: values, isFullyRecognised };
}

/** End of an unclosed or unbracketed annotation: its sentence end (included) or line end. */
function endOfClause(folded: string, from: number): number {
  const lineEnd = folded.indexOf("\n", from);
  const sentenceEnd = folded.indexOf("。", from);
  if (sentenceEnd >= 0 && (lineEnd < 0 || sentenceEnd < lineEnd)) return sentenceEnd + 1;
  return lineEnd < 0 ? folded.length : lineEnd;
}

/**
 * Index just after the ")" closing the "(" at `open`. An unclosed bracket ends with its
 * sentence, so that a missing ")" never swallows the text after it.
 */
function findClosingParen(folded: string, open: number): number {
  let depth = 0;
  for (let index = open; index < folded.length; index++) {
    const char = folded.charAt(index);
    if (char === "\n") break;
    if (char === "(") depth++;
    if (char === ")" && --depth === 0) return index + 1;
  }
  return endOfClause(folded, open);
}

export function findAnnotationBlocks(text: TSourceText): TAnnotationBlock[] {
  const { folded } = text;
  const blocks: TAnnotationBlock[] = [];
  for (let index = folded.indexOf("("); index >= 0; index = folded.indexOf("(", index + 1)) {
    if (!STARTS_WITH_KEY.test(folded.slice(index + 1, index + 12))) continue;
    const end = findClosingParen(folded, index);
    const inner = sliceSource(text, index + 1, folded.charAt(end - 1) === ")" ? end - 1 : end);
    blocks.push({ start: index, end, ...parseContent(inner) });
    index = end - 1;
  }
  // Bracketed blocks are disjoint and in order; one forward walk keeps this linear.
  const bracketed = [...blocks];
  let nextBracketIndex = 0;
  let unbracketedEnd = 0;
  for (const match of folded.matchAll(UNBRACKETED_KEY)) {
    const start = match.index + (match[1]?.length ?? 0);
    while ((bracketed[nextBracketIndex]?.end ?? Number.POSITIVE_INFINITY) <= start) nextBracketIndex++;
    const nextBracket = bracketed[nextBracketIndex];
    if ((nextBracket && nextBracket.start <= start) || start < unbracketedEnd) continue;
    // An unbracketed tail runs to the end of its sentence or line, or up to a bracketed block after it.
    const end = Math.min(endOfClause(folded, start), nextBracket?.start ?? folded.length);
    unbracketedEnd = end;
    blocks.push({ start, end, ...parseContent(sliceSource(text, start, end)) });
  }
  return blocks.sort((left, right) => left.start - right.start);
}

/** A line made of annotations only (brackets, separators and spaces aside). */
export function isAnnotationLine(text: TSourceText): boolean {
  const { folded } = text;
  const blocks = findAnnotationBlocks(text);
  if (blocks.length === 0 || blocks.some((block) => !block.isFullyRecognised)) return false;
  let rest = "";
  let cursor = 0;
  for (const block of blocks) {
    rest += folded.slice(cursor, block.start);
    cursor = Math.max(cursor, block.end);
  }
  rest += folded.slice(cursor);
  return /^[\s;,。.、]*$/.test(rest);
}

/** Splits "区司法局、区财政局等" into names; a separator inside brackets ("乡(镇)、街道") is not split. */
export function splitDepartmentNames(value: TSourceText): string[] {
  const pieces: TSourceText[] = [];
  let depth = 0;
  let pieceStart = 0;
  for (let index = 0; index <= value.folded.length; index++) {
    const char = value.folded.charAt(index);
    if (char === "(") depth++;
    if (char === ")") depth = Math.max(0, depth - 1);
    if (index === value.folded.length || (depth === 0 && /[、,;/\s]/.test(char))) {
      pieces.push(sliceSource(value, pieceStart, index));
      pieceStart = index + 1;
    }
  }
  return pieces
    .map((piece) => {
      const suffix = /等(?:单位|部门)?$/.exec(piece.folded);
      return (suffix ? piece.raw.slice(0, suffix.index) : piece.raw).trim();
    })
    .filter((name) => name !== "");
}
