import { ALLOWED_UPLOAD_TYPES, isAllowedMimeType, type TAllowedMimeType } from "./uploads/allowed-types";
import { extensionOf, hasBlockedExtension } from "./uploads/blocked-extensions";
import { decodePlainText, isActiveText } from "./uploads/plain-text";
import { safeFileName } from "./uploads/safe-file-name";
import { sniffMimeType } from "./uploads/sniff-mime-type";

export { safeFileName } from "./uploads/safe-file-name";
export { ALLOWED_UPLOAD_TYPES, UPLOAD_ACCEPT, type TAllowedMimeType } from "./uploads/allowed-types";

export type TUploadRefusal = "too_large" | "empty" | "type_not_allowed" | "name_invalid";

export type TUploadCheck =
  | { ok: true; mimeType: TAllowedMimeType; extension: string; fileName: string }
  | { ok: false; refusal: TUploadRefusal };

export type TUploadCandidate = { bytes: Uint8Array; declaredName: string; size: number; maxBytes: number };

/**
 * Decides whether an evidence file may be stored, by its content: the
 * declared name never makes a file acceptable, it can only make it refused
 * (a script named .bat is a script whatever its bytes). An accepted file gets
 * a name whose extension matches its real type, so that it opens in the right
 * program after download.
 */
export async function checkUpload({ bytes, declaredName, size, maxBytes }: TUploadCandidate): Promise<TUploadCheck> {
  if (size > maxBytes || bytes.byteLength > maxBytes) return { ok: false, refusal: "too_large" };
  if (size === 0 || bytes.byteLength === 0) return { ok: false, refusal: "empty" };
  const name = safeFileName(declaredName);
  if (!name) return { ok: false, refusal: "name_invalid" };
  if (hasBlockedExtension(name)) return { ok: false, refusal: "type_not_allowed" };
  const mimeType = await detectType(bytes);
  if (!mimeType) return { ok: false, refusal: "type_not_allowed" };
  const extension = fittingExtension(name, mimeType);
  const fileName = extensionOf(name) === extension ? name : safeFileName(`${name}.${extension}`);
  return { ok: true, mimeType, extension, fileName };
}

async function detectType(bytes: Uint8Array): Promise<TAllowedMimeType | null> {
  const sniffed = await sniffMimeType(bytes);
  // A recognised binary is that type and nothing else: an unlisted one
  // (an executable, an archive) must not fall through to the text check.
  if (sniffed !== null) return isAllowedMimeType(sniffed) ? sniffed : null;
  const text = decodePlainText(bytes);
  return text !== null && !isActiveText(text) ? "text/plain" : null;
}

/** The declared extension when it fits the real type (photo.jpeg stays .jpeg), else the type's usual one. */
function fittingExtension(name: string, mimeType: TAllowedMimeType): string {
  const extensions: readonly string[] = ALLOWED_UPLOAD_TYPES[mimeType];
  const declared = extensionOf(name);
  return extensions.includes(declared) ? declared : extensions[0]!;
}
