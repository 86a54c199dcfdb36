/**
 * Indicator codes as people write them on a task (docs/decisions/015-indicator-frameworks.md,
 * "Tagging"). An indicator's code is unique within its framework only ("1" may be a
 * first-level indicator of two frameworks), so a tag is stored and answered qualified:
 * `<framework code>:<indicator code>` ("1211:A2", "SFZB-2021:1.1"). Input may leave the
 * framework out when the code names exactly one indicator across all frameworks.
 */

export const CODE_QUALIFIER = ":";
/** How a list of codes is written in a cell or a field: 1211:A2、SFZB-2021:1.1 (commas, semicolons, spaces too). */
export const CODE_LIST_SEPARATOR = "、";
export const INDICATOR_CODE_MAX = 60;
export const INDICATOR_CODES_MAX = 30;

/** One indicator of the catalogue that tags are checked and suggested against. */
export type TCatalogueIndicator = {
  frameworkCode: string;
  frameworkName: string;
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
};

export const qualifyCode = (frameworkCode: string, code: string) => `${frameworkCode}${CODE_QUALIFIER}${code}`;

export const qualifiedCodeOf = (indicator: Pick<TCatalogueIndicator, "frameworkCode" | "code">) => qualifyCode(indicator.frameworkCode, indicator.code);

/** Full-width colon and spaces around it are accepted: "1211 ： A2" is 1211:A2. */
export function normalizeCode(raw: string): string {
  return raw.replace(/\s*[:：]\s*/g, CODE_QUALIFIER).trim();
}

/** A cell or query text → the distinct codes it names, in order (、 , ， ; ； whitespace separate them). */
export function splitCodeList(text: string): string[] {
  const codes = text
    .replace(/\s*[:：]\s*/g, CODE_QUALIFIER)
    .split(/[、,，;；\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
  return [...new Set(codes)];
}

export function formatCodeList(codes: readonly string[]): string {
  return codes.join(CODE_LIST_SEPARATOR);
}

export type TCodeResolution = {
  /** Qualified codes, distinct, in the order given. */
  codes: string[];
  /** Codes no indicator answers to, as written. */
  unknown: string[];
  /** Unqualified codes that several frameworks use, as written. */
  ambiguous: string[];
};

export type TCodeIndex = {
  /** Qualified code → the indicator. */
  byQualified: ReadonlyMap<string, TCatalogueIndicator>;
  /** Bare code → every qualified code that has it. */
  byBare: ReadonlyMap<string, readonly string[]>;
};

export function indexCatalogue(catalogue: readonly TCatalogueIndicator[]): TCodeIndex {
  const byQualified = new Map<string, TCatalogueIndicator>();
  const byBare = new Map<string, string[]>();
  for (const indicator of catalogue) {
    const qualified = qualifiedCodeOf(indicator);
    byQualified.set(qualified, indicator);
    byBare.set(indicator.code, [...(byBare.get(indicator.code) ?? []), qualified]);
  }
  return { byQualified, byBare };
}

/** Codes as written → qualified codes, and what could not be resolved (nothing is guessed). */
export function resolveCodes(written: readonly string[], index: TCodeIndex): TCodeResolution {
  const result: TCodeResolution = { codes: [], unknown: [], ambiguous: [] };
  for (const raw of written) {
    const code = normalizeCode(raw);
    if (code === "") continue;
    let qualified: string | undefined;
    if (index.byQualified.has(code)) qualified = code;
    else {
      const candidates = index.byBare.get(code) ?? [];
      if (candidates.length > 1) {
        result.ambiguous.push(raw.trim());
        continue;
      }
      qualified = candidates[0];
    }
    if (!qualified) result.unknown.push(raw.trim());
    else if (!result.codes.includes(qualified)) result.codes.push(qualified);
  }
  return result;
}

/** An indicator as a picker offers it: qualified code, name, framework, depth. */
export type TIndicatorOption = { code: string; name: string; frameworkName: string; level: number };

export const toIndicatorOptions = (catalogue: readonly TCatalogueIndicator[]): TIndicatorOption[] =>
  catalogue.map((indicator) => ({ code: qualifiedCodeOf(indicator), name: indicator.name, frameworkName: indicator.frameworkName, level: indicator.level }));
