import { parseDateLine, type TParsedPlan, type TPlanNode } from "@/lib/domain/plan-import";
import { toSourceText, trimSource } from "@/lib/domain/plan-import/normalize";

/**
 * Line ownership, the invariant behind "nothing is dropped silently".
 *
 * Tree shape: every node's range lies within its parent's; siblings are ordered and disjoint —
 * except parts split out of one paragraph by 一是/二是 (codes "一是", "二是" …), which may share
 * the single line where one ends and the next begins.
 *
 * Owner of a line: descend from the top level into the one child whose range contains the line;
 * stop at a node when no child, or more than one inline part, contains it. A line inside no
 * top-level node has no owner.
 *
 * Partition: every non-blank line is exactly one of — a title line, a preamble line, the
 * date line, an unparsed line (page markers and chrome may lie inside a node's range), a line
 * with an owner.
 */

const INLINE_PART_CODE = /^[一二三四五六七八九十]+是$/;

function isInlinePart(node: TPlanNode): boolean {
  return INLINE_PART_CODE.test(node.code);
}

function checkShape(nodes: readonly TPlanNode[], parent: TPlanNode | null, problems: string[]): void {
  nodes.forEach((node, index) => {
    const [from, to] = node.lines;
    if (from > to) problems.push(`${node.code} ${node.title}: from ${from} > to ${to}`);
    if (parent && (from < parent.lines[0] || to > parent.lines[1])) {
      problems.push(`${node.code} ${node.title}: [${from},${to}] outside parent [${parent.lines.join(",")}]`);
    }
    const next = nodes[index + 1];
    if (next) {
      const mayShareBoundary = isInlinePart(node) && isInlinePart(next) && to === next.lines[0];
      if (to >= next.lines[0] && !mayShareBoundary) {
        problems.push(`siblings overlap: ${node.code} [${node.lines.join(",")}] and ${next.code} [${next.lines.join(",")}]`);
      }
    }
    checkShape(node.children, node, problems);
  });
}

function contains(node: TPlanNode, line: number): boolean {
  return node.lines[0] <= line && line <= node.lines[1];
}

export function ownerOf(nodes: readonly TPlanNode[], line: number): TPlanNode | null {
  let owner: TPlanNode | null = null;
  let candidates = nodes.filter((node) => contains(node, line));
  while (candidates.length === 1 && candidates[0]) {
    owner = candidates[0];
    candidates = owner.children.filter((child) => contains(child, line));
  }
  return owner;
}

export function findPartitionViolations(text: string, plan: TParsedPlan): string[] {
  const problems: string[] = [];
  checkShape(plan.nodes, null, problems);

  const lines = text.split(/\r\n|\r|\n/).map((raw, index) => ({ line: index + 1, text: trimSource(toSourceText(raw)).raw }));
  const nonBlank = lines.filter((line) => trimSource(toSourceText(line.text)).folded !== "");
  const unparsed = new Map<number, number>();
  for (const entry of plan.unparsed) unparsed.set(entry.line, (unparsed.get(entry.line) ?? 0) + 1);

  const dateLine = plan.date === null ? null : [...nonBlank].reverse().find((line) => parseDateLine(line.text) === plan.date);
  if (plan.date !== null && !dateLine) problems.push(`no line holds the date ${plan.date}`);
  const firstNodeLine = plan.nodes[0]?.lines[0] ?? Number.POSITIVE_INFINITY;
  // Before the first node: title (one line or two, after a 印发通知 wrapper), preamble, the date.
  const frameCandidates = nonBlank.filter(({ line }) => line < firstNodeLine && !unparsed.has(line) && line !== dateLine?.line);
  const titleLines = findTitleLines(frameCandidates, plan.title);
  if (plan.title !== "" && titleLines.length === 0) problems.push(`title "${plan.title}" is no line before the first node`);
  const preamble = plan.nodes.length === 0 ? [] : frameCandidates.filter((line) => !titleLines.includes(line));
  const preambleText = preamble.map((line) => line.text).join("\n");
  if (preambleText !== plan.preamble) problems.push(`preamble differs from lines ${preamble.map((l) => l.line).join(",")}`);

  const frame = new Set([...titleLines.map((line) => line.line), dateLine?.line, ...preamble.map((line) => line.line)]);
  for (const { line, text: lineText } of nonBlank) {
    // A page marker or chrome line inside an item's range is listed as unparsed, not owned by it.
    const owned = !unparsed.has(line) && ownerOf(plan.nodes, line) !== null;
    const count = (frame.has(line) ? 1 : 0) + (owned ? 1 : 0) + (unparsed.get(line) ?? 0);
    if (count !== 1) problems.push(`line ${line} "${lineText}" is in ${count} places`);
  }
  for (const entry of plan.unparsed) {
    if (!nonBlank.some((line) => line.line === entry.line)) problems.push(`unparsed line ${entry.line} is blank or missing`);
  }
  return problems;
}

type TLine = { line: number; text: string };

/** The one or two consecutive lines that make up the title. */
function findTitleLines(lines: readonly TLine[], title: string): TLine[] {
  if (title === "") return [];
  for (let index = 0; index < lines.length; index++) {
    const first = lines[index];
    const second = lines[index + 1];
    if (first?.text === title) return [first];
    if (first && second && second.line === first.line + 1 && first.text + second.text === title) return [first, second];
  }
  return [];
}
