// The evidence-file allow-list: the mime types Dudao stores and the file-name
// extensions each may carry (the first is the one we add when the declared
// name has none of them). WPS Office writes the same containers as Microsoft
// Office, so its extensions (wps/et/dps) are accepted beside doc/xls/ppt and
// docx/xlsx/pptx. Everything else is refused; nothing here renders as active
// content in a browser (no HTML, SVG or script types).
export const ALLOWED_UPLOAD_TYPES = {
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "application/pdf": ["pdf"],
  "application/msword": ["doc", "wps", "dot", "wpt"],
  "application/vnd.ms-excel": ["xls", "et", "xlt", "ett"],
  "application/vnd.ms-powerpoint": ["ppt", "dps", "pps", "pot", "dpt"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx", "wps"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx", "et"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx", "dps"],
  "text/plain": ["txt", "csv", "log", "md"],
} as const satisfies Record<string, readonly [string, ...string[]]>;

export type TAllowedMimeType = keyof typeof ALLOWED_UPLOAD_TYPES;

export function isAllowedMimeType(mimeType: string | null): mimeType is TAllowedMimeType {
  return mimeType !== null && Object.hasOwn(ALLOWED_UPLOAD_TYPES, mimeType);
}

/** For `<input type="file" accept>`: a hint to the file picker only; the server decides by content. */
export const UPLOAD_ACCEPT = [
  ...new Set(Object.values(ALLOWED_UPLOAD_TYPES).flatMap((extensions) => extensions.map((extension) => `.${extension}`))),
].join(",");
