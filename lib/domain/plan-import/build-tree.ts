import type { TClassifiedLine, TLineClass } from "./classify-lines";
import { createDraftNode, type TDraftNode } from "./draft-node";
import { takeLeadIn, type TPreviousLine } from "./lead-in";
import {
  ACCEPTS_NO_NUMBERED_CHILD, LEVEL_RANK, awaitsBody, closeNodesThatCannotHold, measureDepth, type TOpenNode,
} from "./open-nodes";
import { promoteItemLevel } from "./item-level";
import { markContinuations } from "./wrapped-lines";
import { isShortcomingsHeading } from "./shortcomings";

/**
 * Second pass: a stack machine that turns classified lines into a draft tree.
 *
 * Nesting: section (一、) > item ((一)) > measure (1. / (1) / ①). Plain lines are body text of
 * the deepest open node; annotation lines belong to it as well.
 *
 * Groups always attach at the top level:
 * - a restart group opens when sections or items restart at 一 (an item (一) after (二十六)
 *   without a new section in between), or when an item or measure follows a shortcomings
 *   paragraph, which closes the sections. Its lead-in: see lead-in.ts;
 * - a shortcomings group holds the problems of a paragraph "…有待改进。一是…二是…" or of a
 *   heading such as "存在的主要问题" (then numbered lines under it are problems too).
 * Restarts of measure numbering (1. 2. 1.) are only siblings, never a group.
 */

export type TDraftTree = { roots: TDraftNode[]; unparsed: TClassifiedLine[] };

type TNumberedLine = Extract<TLineClass, { type: "numbered" }>;

export function buildDraftTree(lines: readonly TClassifiedLine[], isWrapped = false): TDraftTree {
  const continuations = markContinuations(lines, isWrapped);
  const roots: TDraftNode[] = [];
  const unparsed: TClassifiedLine[] = [];
  const stack: TOpenNode[] = [];
  const lastNumber = { section: 0, item: 0 };
  let previous: TPreviousLine = { type: "other" };
  const top = (): TOpenNode | undefined => stack[stack.length - 1];

  function openTopLevelGroup(node: TDraftNode, lowestChildLevel: number, isProblemScope: boolean): void {
    stack.length = 0;
    roots.push(node);
    stack.push({ node, rank: 0, lowestChildLevel, measureStyle: null, isProblemScope });
  }

  function openRestartGroup(levelRank: number): void {
    const leadIn = takeLeadIn(previous);
    const segments = leadIn.segment ? [leadIn.segment] : [];
    const groupRole = { role: "restart" as const, leadIn: leadIn.text };
    openTopLevelGroup(createDraftNode({ kind: "group", code: "", segments, inlineChildKind: null, groupRole }), levelRank, false);
    if (levelRank <= LEVEL_RANK.section) lastNumber.section = 0;
    lastNumber.item = 0;
  }

  function openShortcomingsGroup(line: TClassifiedLine, form: "paragraph" | "heading"): void {
    const groupRole = form === "paragraph"
      ? { role: "shortcomings-paragraph" as const, isOutroMoved: false }
      : { role: "shortcomings-heading" as const };
    const segments = [{ line: line.line, text: line.text }];
    const node = createDraftNode({ kind: "group", code: "", segments, inlineChildKind: "problem", groupRole });
    openTopLevelGroup(node, form === "paragraph" ? ACCEPTS_NO_NUMBERED_CHILD : LEVEL_RANK.item, true);
    // Items under a heading such as "存在的主要问题" number afresh; that is not a restart.
    if (form === "heading") lastNumber.item = 0;
    previous = { type: "shortcomings", node };
  }

  function openHeadingGroup(line: TClassifiedLine): void {
    const segments = [{ line: line.line, text: line.text }];
    const node = createDraftNode({ kind: "group", code: "", segments, inlineChildKind: "measure", groupRole: { role: "heading" } });
    openTopLevelGroup(node, LEVEL_RANK.section, false);
    // What is numbered under the heading numbers afresh: not a restart.
    lastNumber.section = 0;
    lastNumber.item = 0;
    previous = { type: "other" };
  }

  function addNumbered(line: TClassifiedLine, { marker, code, rest, isLabelledProblem }: TNumberedLine): void {
    const levelRank = LEVEL_RANK[marker.level];
    const rank = levelRank + (marker.level === "measure" ? measureDepth(stack, marker.style) : 0);
    closeNodesThatCannotHold(stack, levelRank, rank);
    const isRestart = marker.level !== "measure" && marker.number === 1 && lastNumber[marker.level] >= 1;
    const lastRoot = roots[roots.length - 1];
    const followsClosedSections = stack.length === 0 && levelRank >= LEVEL_RANK.item &&
      (lastRoot?.kind === "section" || lastRoot?.kind === "group");
    if (isRestart || followsClosedSections) openRestartGroup(levelRank);
    if (marker.level === "section") lastNumber.item = 0;
    if (marker.level !== "measure") lastNumber[marker.level] = marker.number;

    const parent = top();
    const isInProblemScope = (parent?.isProblemScope ?? false) || isLabelledProblem;
    const isProblemScope = isInProblemScope || isShortcomingsHeading(rest.folded.split("\n")[0] ?? "");
    const node = createDraftNode({
      kind: isInProblemScope && marker.level !== "section" ? "problem" : marker.level,
      code,
      segments: [{ line: line.line, text: rest }],
      inlineChildKind: isProblemScope ? "problem" : "measure",
      groupRole: null,
    });
    (parent ? parent.node.children : roots).push(node);
    stack.push({ node, rank, lowestChildLevel: ACCEPTS_NO_NUMBERED_CHILD, measureStyle: marker.style, isProblemScope });
    previous = { type: "other" };
  }

  function appendToOpenNode(line: TClassifiedLine, as: "body" | "annotation"): void {
    const open = top();
    const segment = { line: line.line, text: line.text, continues: continuations.has(line) };
    if (!open) unparsed.push(line);
    else if (as === "annotation") open.node.annotationLines.push(segment);
    else open.node.segments.push(segment);
    previous = open && as === "body" ? { type: "plain", node: open.node, segment } : { type: "other" };
  }

  for (const line of lines) {
    const { lineClass } = line;
    const open = top();
    if (lineClass.type === "chrome") unparsed.push(line);
    else if (lineClass.type === "numbered") addNumbered(line, lineClass);
    else if (lineClass.type === "annotation") appendToOpenNode(line, "annotation");
    else if (lineClass.type === "plain") appendToOpenNode(line, "body");
    else if (lineClass.type === "heading") {
      if (open && !awaitsBody(open.node)) openHeadingGroup(line);
      else appendToOpenNode(line, "body");
    }
    else if (open && awaitsBody(open.node)) {
      appendToOpenNode(line, "body");
      // "三、工作总结" then "存在的主要问题": the heading's own subject is the shortcomings,
      // so what is numbered under it are problems, as under a heading of its own.
      if (lineClass.type === "shortcomings-heading") {
        open.isProblemScope = true;
        open.node.inlineChildKind = "problem";
      }
    }
    else openShortcomingsGroup(line, lineClass.type === "shortcomings-paragraph" ? "paragraph" : "heading");
  }
  roots.forEach(liftClosingAnnotations);
  promoteItemLevel(roots);
  return { roots, unparsed };
}

const INLINE_ANNOTATION = /(牵头|责任|配合|协办)(单位|部门)\s*[:：]|(完成时限|时间节点|完成时间)\s*[:：]/;

/**
 * An annotation line after a list of numbered measures ("1. … 2. …" then
 * "（牵头单位：…；完成时限：…）") is about the item that holds the list, unless the
 * measures carry annotations of their own: then it is the last measure's, as written.
 */
function liftClosingAnnotations(node: TDraftNode): void {
  node.children.forEach(liftClosingAnnotations);
  const numbered = node.children.filter((child) => child.kind === "measure" || child.kind === "problem");
  const last = numbered[numbered.length - 1];
  if (numbered.length < 2 || !last || last !== node.children[node.children.length - 1] || last.annotationLines.length === 0) return;
  const othersAnnotated = numbered
    .slice(0, -1)
    .some((child) => child.annotationLines.length > 0 || child.segments.some((segment) => INLINE_ANNOTATION.test(segment.text.folded)));
  const lastInline = last.segments.some((segment) => INLINE_ANNOTATION.test(segment.text.folded));
  if (othersAnnotated || lastInline || last.children.length > 0) return;
  node.annotationLines.push(...last.annotationLines);
  last.annotationLines = [];
}
