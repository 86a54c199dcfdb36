// An import is one upload and one transaction: these bound both.
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5_000;
export const IMPORT_MAX_ROWS_TEXT = IMPORT_MAX_ROWS.toLocaleString("en-US");
