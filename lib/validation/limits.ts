// Limits and choices of the input schemas that client components show or check as well.
// Here, without zod, so that importing one does not put zod into a page's first load
// (docs/performance/js-budget.md); the schema modules take them from here.

// docs/product.md: titles 200 characters, notes 10,000.
export const TITLE_MAX = 200;
export const NOTE_MAX = 10_000;

/** A document's text, as pasted or extracted from a file (the parser's own limit). */
export const IMPORT_TEXT_MAX = 1_000_000;
export const IMPORT_MAX_NODES = 2_000;
export const IMPORT_MAX_TASKS = 500;
/** group > section > item > four measure styles is 7 levels; 10 leaves room and bounds parsing. */
export const IMPORT_MAX_DEPTH = 10;
export const IMPORT_FILE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * What a reviewed node becomes: a work item with a draft task, a rectification
 * problem (a goal of kind "problem" with a draft task to fix it), or a goal only.
 */
export const IMPORT_CHOICES = ["task", "problem", "goal"] as const;
export type TImportChoice = (typeof IMPORT_CHOICES)[number];

/** The lifetimes a person may choose for a personal token, in days. */
export const API_TOKEN_LIFETIMES = [7, 30, 90, 365] as const;
