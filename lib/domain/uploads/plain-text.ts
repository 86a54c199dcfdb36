// Plain text has no signature, so it is recognised by what it lacks: NUL and
// other control bytes (binaries have them), and byte sequences invalid in
// both UTF-8 and GB18030 (the two encodings Chinese offices write).
// GB18030 multi-byte sequences never use bytes below 0x30, so the control
// check on raw bytes holds for both encodings.
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

export function decodePlainText(bytes: Uint8Array): string | null {
  for (const byte of bytes) {
    if (byte < 0x20 && !ALLOWED_CONTROLS.has(byte)) return null;
  }
  for (const encoding of ["utf-8", "gb18030"]) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // not this encoding: try the next
    }
  }
  return null;
}

// What browsers sniff as HTML or XML (WHATWG MIME Sniffing, "identify an
// unknown MIME type"): a tag at the start of the text after white space.
// SVG is XML. Such text is refused even though we never serve it inline.
const MARKUP_START = /^<(\?xml|!doctype\s+html|!--|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|svg)[\s>/]/i;
// Anywhere in the text: a document that is HTML further down is HTML.
const ACTIVE_ANYWHERE = /<(script|iframe|object|embed|svg|html|body)[\s>/]|<\?xml[\s?]|<!doctype\s+html/i;

/** Whether text is markup a browser would render, or a script with an interpreter line. */
export function isActiveText(text: string): boolean {
  const start = text.replace(/^\ufeff/, "").trimStart();
  return start.startsWith("#!") || MARKUP_START.test(start) || ACTIVE_ANYWHERE.test(text);
}
