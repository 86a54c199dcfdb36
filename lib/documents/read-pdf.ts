import { extractText, getDocumentProxy } from "unpdf";

export type TPdfRead = { ok: true; text: string; pages: number } | { ok: false; reason: "no_text" | "unreadable" };

/** Fewer visible characters than this on every page together: a scan, not a text layer. */
const MIN_TEXT_CHARS = 10;
const PAGE_NUMBER_LINE = /^\s*[-—–]?\s*\d{1,4}\s*[-—–]?\s*$/;

/**
 * The text layer of a PDF, page by page in pdf.js's reading order (one line per text line).
 * Each page ends with a page marker "- N -" unless it already prints its number: the plan
 * parser lists markers as unparsed, and their presence tells it that lines were cut at the
 * page's width (wrapped-lines.ts). A PDF of scanned images has no text: "no_text".
 */
export async function readPdfText(bytes: Uint8Array): Promise<TPdfRead> {
  let pages: string[];
  try {
    // pdf.js takes ownership of the buffer it is given; a copy keeps the caller's bytes intact.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  if (pages.join("").replace(/\s+/g, "").length < MIN_TEXT_CHARS) return { ok: false, reason: "no_text" };
  const text = pages
    .map((page, index) => {
      const lines = page.split("\n").map((line) => line.trimEnd());
      const last = [...lines].reverse().find((line) => line.trim() !== "") ?? "";
      return PAGE_NUMBER_LINE.test(last) ? lines.join("\n") : [...lines, `- ${index + 1} -`].join("\n");
    })
    .join("\n");
  return { ok: true, text, pages: pages.length };
}
