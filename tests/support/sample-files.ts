import { crc32 } from "node:zlib";

// Real, minimal files of every kind the upload policy must tell apart, built
// from their published formats (no binary fixtures to keep in the repository).

const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, "base64"));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

/** 1×1 images, as produced by common encoders. */
export const PNG = fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
export const GIF = fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
export const JPEG = fromBase64(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
);
export const WEBP = fromBase64("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

export const PDF = utf8(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n",
);

/** A DOS/Windows executable header ("MZ", then the DOS stub's message). */
export const WINDOWS_EXE = new Uint8Array([
  ...utf8("MZ"), 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00,
  ...new Array<number>(48).fill(0),
  ...utf8("This program cannot be run in DOS mode.\r\r\n$"),
]);
/** A 64-bit little-endian Linux executable's ELF identification and header start. */
export const LINUX_ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, ...new Array<number>(8).fill(0), 0x02, 0x00, 0x3e, 0x00, 0x01, 0x00, 0x00, 0x00]);

export const UTF8_TEXT = utf8("梁园区司法局2026年第一季度工作台账\n一、完成行政复议案件12件，办结率100%。\n");
/** "梁园区司法局工作台账\r\n" in GB18030 (as Windows Notepad in a Chinese locale saves it). */
export const GB18030_TEXT = new Uint8Array([
  0xc1, 0xba, 0xd4, 0xb0, 0xc7, 0xf8, 0xcb, 0xbe, 0xb7, 0xa8, 0xbe, 0xd6, 0xb9, 0xa4, 0xd7, 0xf7, 0xcc, 0xa8, 0xd5, 0xcb, 0x0d, 0x0a,
]);
export const HTML = utf8("<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n");
export const SVG = utf8('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>\n');
export const SHELL_SCRIPT = utf8("#!/bin/sh\nrm -rf /\n");

/** A zip archive with stored (uncompressed) entries, per PKWARE's APPNOTE. */
export function buildZip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(content, "utf8");
    const checksum = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** The parts that make a zip a Word, Excel or PowerPoint document. */
export function buildOfficeZip(folder: "word" | "xl" | "ppt", extraParts: Record<string, string> = {}): Uint8Array {
  const mainPart = { word: "word/document.xml", xl: "xl/workbook.xml", ppt: "ppt/presentation.xml" }[folder];
  return buildZip({
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": "<Relationships/>",
    [mainPart]: "<document>梁园区</document>",
    ...extraParts,
  });
}

export type TCfbEntry = { name: string; children?: TCfbEntry[] };

/**
 * An OLE compound file (version 3, 512-byte sectors) holding empty streams
 * and storages with these names: sector 0 is the FAT, then the directory.
 */
export function buildCfb(rootEntries: TCfbEntry[]): Uint8Array {
  const END_OF_CHAIN = 0xfffffffe;
  const NO_STREAM = 0xffffffff;
  type TFlat = { name: string; type: number; child: number; right: number };
  const flat: TFlat[] = [{ name: "Root Entry", type: 5, child: NO_STREAM, right: NO_STREAM }];
  const place = (entries: TCfbEntry[]): number => {
    const ids = entries.map((entry) => {
      flat.push({ name: entry.name, type: entry.children ? 1 : 2, child: NO_STREAM, right: NO_STREAM });
      return flat.length - 1;
    });
    entries.forEach((entry, i) => {
      flat[ids[i]!]!.right = ids[i + 1] ?? NO_STREAM;
      if (entry.children) flat[ids[i]!]!.child = place(entry.children);
    });
    return ids[0] ?? NO_STREAM;
  };
  flat[0]!.child = place(rootEntries);
  const directorySectors = Math.ceil(flat.length / 4);
  const file = Buffer.alloc(512 * (2 + directorySectors));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e);
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c); // one FAT sector
  file.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  file.writeUInt32LE(4096, 0x38);
  file.writeUInt32LE(END_OF_CHAIN, 0x3c);
  file.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) file.writeUInt32LE(i === 0 ? 0 : NO_STREAM, 0x4c + i * 4);
  const fat = 512;
  for (let i = 0; i < 128; i++) file.writeUInt32LE(NO_STREAM, fat + i * 4);
  file.writeUInt32LE(0xfffffffd, fat); // sector 0 holds the FAT itself
  for (let s = 1; s <= directorySectors; s++) file.writeUInt32LE(s === directorySectors ? END_OF_CHAIN : s + 1, fat + s * 4);
  flat.forEach((entry, i) => {
    const at = 1024 + i * 128;
    const name = Buffer.from(`${entry.name}\0`, "utf16le");
    name.copy(file, at);
    file.writeUInt16LE(name.length, at + 0x40);
    file.writeUInt8(entry.type, at + 0x42);
    file.writeUInt8(1, at + 0x43);
    file.writeUInt32LE(NO_STREAM, at + 0x44);
    file.writeUInt32LE(entry.right, at + 0x48);
    file.writeUInt32LE(entry.child, at + 0x4c);
    file.writeUInt32LE(entry.type === 2 ? END_OF_CHAIN : 0, at + 0x74);
  });
  return new Uint8Array(file);
}

const WORD_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A minimal Word document (.docx) with one paragraph per line, as Word writes its parts. */
export function buildDocx(paragraphs: string[]): Uint8Array {
  return buildDocxXml(paragraphs.map((text) => docxParagraph(text)).join(""));
}

export const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One w:p; with `numbering`, a paragraph of Word's automatic list `numId` at level `ilvl`. */
export function docxParagraph(text: string, numbering?: { numId: number; ilvl: number }): string {
  const numPr = numbering ? `<w:pPr><w:numPr><w:ilvl w:val="${numbering.ilvl}"/><w:numId w:val="${numbering.numId}"/></w:numPr></w:pPr>` : "";
  return `<w:p>${numPr}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A .docx from the body's XML (paragraphs, tables) and, optionally, numbering.xml's content. */
export function buildDocxXml(bodyXml: string, numberingXml?: string): Uint8Array {
  return buildZip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_MAIN}"><w:body>${bodyXml}</w:body></w:document>`,
    ...(numberingXml ? { "word/numbering.xml": `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${WORD_MAIN}">${numberingXml}</w:numbering>` } : {}),
  });
}
