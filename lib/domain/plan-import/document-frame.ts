import { isOrganisationLine, opensNode, type TClassifiedLine } from "./classify-lines";
import { parseDateLine } from "./dates";
import { findWrapperEnd, isDocumentNumberLine, takeTitleLines } from "./wrapper";

/**
 * The frame around the goal tree:
 * - wrapper: a 印发通知 before the plan's own title (wrapper.ts); its lines join the preamble
 *   and its date is the document's date when the plan has no signature date of its own;
 * - title: the first line (after a wrapper) when it can be a title, or two lines when the
 *   title was split ("商丘市梁园区2022年法治政府建设" / "工作要点");
 * - preamble: wrapper lines and every line between the title and the first line that opens a node;
 * - signature date: the last date-only line after the structure, with no numbered line after it;
 * - unparsed: page markers and web chrome, everything after the signature date, and the
 *   organisation line just above it ("梁园区人民政府") — listed, not dropped, as the response has
 *   no field for them. Without any node, every line but title and date is unparsed.
 * - body: the lines for the tree builder.
 */
export type TDocumentFrame = {
  title: TClassifiedLine[];
  preamble: TClassifiedLine[];
  signatureDate: string | null;
  unparsed: TClassifiedLine[];
  body: TClassifiedLine[];
};

function findSignatureIndex(lines: readonly TClassifiedLine[], firstIndex: number): number {
  for (let index = lines.length - 1; index >= firstIndex; index--) {
    const line = lines[index];
    if (!line || opensNode(line)) return -1;
    if (parseDateLine(line.text.folded) !== null) return index;
  }
  return -1;
}

const isChrome = (line: TClassifiedLine) => line.lineClass.type === "chrome";

export function readDocumentFrame(allLines: readonly TClassifiedLine[]): TDocumentFrame {
  const chrome = allLines.filter(isChrome);
  const lines = allLines.filter((line) => !isChrome(line));
  const wrapper = findWrapperEnd(lines);
  // Without a notice body, a lone 文号 line above the title is still not the title.
  const titleStart = wrapper?.end ?? (lines[0] && isDocumentNumberLine(lines[0]) ? 1 : 0);
  const titleLines = takeTitleLines(lines, titleStart);
  const afterTitle = titleStart + titleLines.length;
  const firstNodeIndex = lines.findIndex((line, index) => index >= afterTitle && opensNode(line));
  const signatureIndex = findSignatureIndex(lines, Math.max(afterTitle - 1, firstNodeIndex) + 1);
  const organisationLine = lines[signatureIndex - 1];
  const organisationIndex =
    organisationLine && signatureIndex - 1 > firstNodeIndex && firstNodeIndex >= 0 && isOrganisationLine(organisationLine)
      ? signatureIndex - 1
      : -1;
  const structureEnd = organisationIndex >= 0 ? organisationIndex : signatureIndex >= 0 ? signatureIndex : lines.length;
  const wrapperDateIndex = signatureIndex < 0 && wrapper && wrapper.dateIndex >= 0 ? wrapper.dateIndex : -1;
  const dateIndex = signatureIndex >= 0 ? signatureIndex : wrapperDateIndex;
  const isTitle = (index: number) => index >= titleStart && index < afterTitle;

  const unparsed = lines.filter((_, index) => {
    if (isTitle(index) || index === dateIndex) return false;
    if (firstNodeIndex < 0) return index >= afterTitle || (index < titleStart);
    return index === organisationIndex || (signatureIndex >= 0 && index > signatureIndex);
  });
  const beforeTitle = lines.slice(0, titleStart).filter((_, index) => index !== dateIndex);
  const dateLine = lines[dateIndex];
  return {
    title: titleLines,
    preamble: firstNodeIndex < 0 ? [] : [...beforeTitle, ...lines.slice(afterTitle, firstNodeIndex)],
    signatureDate: dateLine ? parseDateLine(dateLine.text.folded) : null,
    unparsed: [...unparsed, ...chrome],
    body: firstNodeIndex < 0 ? [] : lines.slice(firstNodeIndex, structureEnd),
  };
}
