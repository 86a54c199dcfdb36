import { findAnnotationBlocks, mergeAnnotations, type TAnnotationBlock } from "./annotations";
import { resolveAssignment, type TAssignmentContext } from "./assignment";
import { YEAR_PATTERN, parseYear } from "./dates";
import type { TDraftNode } from "./draft-node";
import { extractIndicators } from "./indicators";
import { splitInlineParts, type TInlinePart, type TInlineSplit } from "./inline-parts";
import { joinSource, trimSource, type TSourceText, type TSpan } from "./normalize";
import {
  blocksStartingIn, findTrailingBlock, joinSegments, lineRangeOf, textWithoutAnnotations, type TNodeText,
} from "./node-text";
import { ITEM_SENTENCE_END, MEASURE_SENTENCE_END, isHeadingOnly, splitTitleAndBody } from "./sentences";
import type { TLineRange, TPlanNode, TPlanNodeKind } from "./types";

/**
 * Third pass: a draft node becomes an output node — title and body, inline parts (一是…) as
 * children, annotations turned into departments and a due date, indicators from its own text.
 */

const SHORTCOMINGS_GROUP_TITLE = "存在问题";
const RESTART_GROUP_DEFAULT_TITLE = "后续条目";
const SHORT_LEAD_IN_LENGTH = 30;

function sentenceEndFor(kind: TPlanNodeKind): RegExp {
  return kind === "measure" || kind === "problem" ? MEASURE_SENTENCE_END : ITEM_SENTENCE_END;
}

/** "2022年工作打算" is a title as it stands; "2022年,我区将…。" names the year's measures. */
function describeRestartGroup(leadIn: TSourceText | null): { title: string; body: string } {
  const text = leadIn ? trimSource(leadIn) : null;
  if (!text || text.folded === "") return { title: RESTART_GROUP_DEFAULT_TITLE, body: "" };
  if (isHeadingOnly(text) && text.folded.length <= SHORT_LEAD_IN_LENGTH) return { title: text.raw, body: "" };
  const year = new RegExp(`^${YEAR_PATTERN}\\s*年`).exec(text.folded);
  const yearNumber = year ? parseYear(year[1] ?? "") : null;
  if (yearNumber !== null) return { title: `${yearNumber}年工作措施`, body: text.raw };
  const { title, body } = splitTitleAndBody(text, ITEM_SENTENCE_END);
  return { title: title.raw, body: body.raw };
}

function spanLines(ranges: readonly (TLineRange | null)[], fallbackLine: number): TLineRange {
  const present = ranges.filter((range): range is TLineRange => range !== null);
  if (present.length === 0) return [fallbackLine, fallbackLine];
  // reduce, not Math.min(...): a node may own tens of thousands of lines.
  return present.reduce(([from, to], [nextFrom, nextTo]): TLineRange => [Math.min(from, nextFrom), Math.max(to, nextTo)]);
}

function describeNode(draft: TDraftNode, ownText: TSourceText): { title: string; body: string } {
  if (draft.groupRole?.role === "restart") return describeRestartGroup(draft.groupRole.leadIn);
  if (draft.groupRole?.role === "shortcomings-paragraph") {
    return { title: SHORTCOMINGS_GROUP_TITLE, body: trimSource(ownText).raw };
  }
  const { title, body } = splitTitleAndBody(ownText, sentenceEndFor(draft.kind));
  return { title: title.raw, body: body.raw };
}

/** The node's own text around its parts: the intro, and the closing text unless it moved on. */
function ownSpansOf(split: TInlineSplit | null, coreEnd: number, isOutroMoved: boolean): TSpan[] {
  const firstPart = split?.parts[0];
  if (!split || !firstPart) return [{ start: 0, end: coreEnd }];
  const intro = { start: 0, end: firstPart.start };
  if (split.outroStart === null || isOutroMoved) return [intro];
  return [intro, { start: split.outroStart, end: coreEnd }];
}

type TPartNodeInput = {
  nodeText: TNodeText;
  part: TInlinePart;
  kind: TPlanNodeKind;
  blocks: readonly TAnnotationBlock[];
  extraBlocks: readonly TAnnotationBlock[];
};

function finalizePart(input: TPartNodeInput, context: TAssignmentContext): TPlanNode {
  const { nodeText, part, kind, blocks, extraBlocks } = input;
  const span = { start: part.textStart, end: part.end };
  const text = textWithoutAnnotations(nodeText.text, span, blocks);
  const { title, body } = splitTitleAndBody(text, MEASURE_SENTENCE_END);
  const annotations = [...blocksStartingIn(blocks, span), ...extraBlocks].map((block) => block.annotation);
  const lines = lineRangeOf(nodeText, { start: part.start, end: part.end });
  return {
    kind,
    code: nodeText.text.raw.slice(part.start, part.textStart),
    title: title.raw,
    body: body.raw,
    lines: lines ?? spanLines([], nodeText.segmentStarts[0]?.line ?? 1),
    indicators: extractIndicators(text),
    ...resolveAssignment(mergeAnnotations(annotations), context),
    children: [],
  };
}

export function finalizeNode(draft: TDraftNode, context: TAssignmentContext): TPlanNode {
  const children = draft.children.map((child) => finalizeNode(child, context));
  const nodeText = joinSegments(draft.segments);
  const { text } = nodeText;
  const role = draft.groupRole;
  const blocks = role?.role === "restart" ? [] : findAnnotationBlocks(text);
  const trailing = findTrailingBlock(blocks, text.folded);
  const coreEnd = trailing?.start ?? text.folded.length;
  const split = draft.inlineChildKind !== null && children.length === 0 ? splitInlineParts(text.folded.slice(0, coreEnd)) : null;
  const parts = split?.parts ?? [];
  const isOutroMoved = role?.role === "shortcomings-paragraph" && role.isOutroMoved;
  const ownSpans = ownSpansOf(split, coreEnd, isOutroMoved);

  // A closing annotation belongs to the whole node, unless the parts carry their own: then it is the last part's.
  const partsHaveAnnotations = parts.some((part) => blocksStartingIn(blocks, { start: part.textStart, end: part.end }).length > 0);
  const trailingForLastPart = trailing && partsHaveAnnotations ? trailing : null;
  const lineBlocks = draft.annotationLines.flatMap((segment) => findAnnotationBlocks(segment.text));
  const ownBlocks = [
    ...ownSpans.flatMap((span) => blocksStartingIn(blocks, span)),
    ...(trailing && !trailingForLastPart ? [trailing] : []),
    ...lineBlocks,
  ];

  const ownText = joinSource(ownSpans.map((span) => textWithoutAnnotations(text, span, blocks)), "");
  const described = describeNode(draft, ownText);

  const partNodes = parts.map((part, index) =>
    finalizePart({
      nodeText, part, kind: draft.inlineChildKind ?? "measure", blocks,
      extraBlocks: trailingForLastPart && index === parts.length - 1 ? [trailingForLastPart] : [],
    }, context),
  );
  const allChildren = [...partNodes, ...children];
  const ownLines = [...draft.segments, ...draft.annotationLines].map(({ line }): TLineRange => [line, line]);
  return {
    kind: draft.kind,
    code: draft.code,
    title: described.title,
    body: described.body,
    lines: spanLines([...ownLines, ...allChildren.map((child) => child.lines)], 1),
    indicators: extractIndicators(role?.role === "restart" ? (role.leadIn ?? ownText) : ownText),
    ...resolveAssignment(mergeAnnotations(ownBlocks.map((block) => block.annotation)), context),
    children: allChildren,
  };
}
