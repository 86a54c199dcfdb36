import type { TUploadRefusal } from "@/lib/domain/upload-policy";
import { AppError } from "@/lib/errors";

const MESSAGE_KEYS = {
  too_large: "uploadTooLarge",
  empty: "uploadEmpty",
  type_not_allowed: "uploadTypeNotAllowed",
  name_invalid: "uploadNameInvalid",
} as const satisfies Record<TUploadRefusal, string>;

/** The limit as people read it: "20", "0.5"; at least two significant digits for tiny test limits. */
export function megabytes(bytes: number): string {
  return String(Number((bytes / (1024 * 1024)).toPrecision(2)));
}

export function uploadRefusal(refusal: TUploadRefusal, maxBytes: number): AppError {
  return new AppError("VALIDATION", MESSAGE_KEYS[refusal], { params: { maxMb: megabytes(maxBytes) } });
}
