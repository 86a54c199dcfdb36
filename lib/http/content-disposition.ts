/**
 * `attachment` (never inline: the browser saves the file instead of
 * rendering it) with the name twice: RFC 6266's ASCII `filename` for old
 * clients, and `filename*` (RFC 8187, UTF-8, percent-encoded) which every
 * current browser prefers and which carries Chinese names intact.
 */
export function attachmentDisposition(fileName: string): string {
  const asciiFallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
