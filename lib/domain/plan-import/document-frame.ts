import { isOrganisationLine, isTitleCandidate, opensNode, type TClassifiedLine } from "./classify-lines";
import { parseDateLine } from "./dates";

/**
 * The frame around the goal tree:
 * - title: the first non-blank line when it can be a title;
 * - preamble: every line between the title and the first line that opens a node;
 * - signature date: the last date-only line after the structure, with no numbered line after it;
 * - unparsed: everything after the signature date (e.g. left-over web page text), and the
 *   organisation line just above the date ("梁园区人民政府"). The organisation is listed as
 *   unparsed rather than dropped because the response has no field for it; recognising it keeps
 *   it out of the last item's body. Without any node, every line but title and date is unparsed.
 * - body: the lines for the tree builder.
 */
export type TDocumentFrame = {
  title: TClassifiedLine | null;
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

export function readDocumentFrame(lines: readonly TClassifiedLine[]): TDocumentFrame {
  const first = lines[0];
  const titleIndex = first && isTitleCandidate(first) ? 0 : -1;
  const firstNodeIndex = lines.findIndex((line, index) => index > titleIndex && opensNode(line));
  const signatureIndex = findSignatureIndex(lines, Math.max(titleIndex, firstNodeIndex) + 1);
  const signatureLine = lines[signatureIndex];
  const organisationLine = lines[signatureIndex - 1];
  const organisationIndex =
    organisationLine && signatureIndex - 1 > firstNodeIndex && firstNodeIndex >= 0 && isOrganisationLine(organisationLine)
      ? signatureIndex - 1
      : -1;
  const structureEnd = organisationIndex >= 0 ? organisationIndex : signatureIndex >= 0 ? signatureIndex : lines.length;
  const isFrameLine = (index: number) => index === titleIndex || index === signatureIndex;

  const unparsed = lines.filter((_, index) => {
    if (isFrameLine(index)) return false;
    if (firstNodeIndex < 0) return index > titleIndex;
    return index === organisationIndex || (signatureIndex >= 0 && index > signatureIndex);
  });
  return {
    title: titleIndex === 0 ? (first ?? null) : null,
    preamble: firstNodeIndex < 0 ? [] : lines.slice(titleIndex + 1, firstNodeIndex),
    signatureDate: signatureLine ? parseDateLine(signatureLine.text.folded) : null,
    unparsed,
    body: firstNodeIndex < 0 ? [] : lines.slice(firstNodeIndex, structureEnd),
  };
}
