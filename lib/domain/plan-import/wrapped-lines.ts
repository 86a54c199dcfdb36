import { isPageMarker } from "./chrome";
import type { TClassifiedLine } from "./classify-lines";

/**
 * Text copied from a PDF breaks sentences at the page's width: "严格落实重大行政决策程序" /
 * "规定，全年作出…", even "（牵头" / "单位：…）". Such a copy is recognised by its page markers
 * ("- 2 -"); in it, a plain line after a line that stops mid-sentence continues that line. Nodes
 * join a continuation with nothing between (node-text.ts), so titles, bodies and annotations read
 * as one sentence, while each segment's offset still maps back to its source line.
 */

/** Shorter lines are headings or ends of paragraphs, not lines cut at the page's width. */
const WRAPPED_LINE_MIN_LENGTH = 15;
const CLOSED_END = /[。;:!?)"”’」』》]$/;

export function isPdfCopy(lines: readonly TClassifiedLine[]): boolean {
  return lines.some((line) => line.lineClass.type === "chrome" && isPageMarker(line.text.folded));
}

export function markContinuations(lines: readonly TClassifiedLine[], isWrapped: boolean): Set<TClassifiedLine> {
  const continuations = new Set<TClassifiedLine>();
  if (!isWrapped) return continuations;
  let previous: TClassifiedLine | null = null;
  for (const line of lines) {
    if (line.lineClass.type === "chrome") continue;
    const opensLine = previous === null || previous.lineClass.type === "annotation";
    if (!opensLine && previous && line.lineClass.type === "plain" &&
      previous.text.folded.length >= WRAPPED_LINE_MIN_LENGTH && !CLOSED_END.test(previous.text.folded)) {
      continuations.add(line);
    }
    previous = line;
  }
  return continuations;
}
