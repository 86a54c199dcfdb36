import { qualifiedCodeOf, qualifyCode, type TCatalogueIndicator } from "./codes";

/**
 * Suggested tags for a piece of plan text: which indicators it names. Only a
 * suggestion — the reviewer accepts or removes each one before anything is
 * written (docs/decisions/015-indicator-frameworks.md, "Tagging"). Deterministic
 * and explainable: every suggestion carries the words of the text it matched.
 */
export type TIndicatorSuggestion = {
  /** Qualified code (1211:A2). */
  code: string;
  name: string;
  frameworkName: string;
  /** The words of the text that matched. */
  matched: string;
};

/** Curated other names, by the indicator's name without its numbering: how plans write them. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  推进服务型行政执法: ["服务型行政执法", "服务型执法"],
  落实行政执法责任制: ["行政执法责任制", "执法责任制"],
  示范创建: ["法治政府建设示范", "示范创建", "示范市县", "示范项目", "示范单位", "示范点"],
  加大简政放权力度: ["简政放权"],
  政府职能依法全面履行: ["政府职能"],
};

/** Generated terms shorter than this are too common to mean an indicator ("两抓手" is a heading, not a topic). */
const MIN_TERM_LENGTH = 4;
export const MAX_SUGGESTIONS = 5;

const NUMBERING = /^(?:[（(]?[一二三四五六七八九十百\d]+(?:\.\d+)*[)）]?[、.．]?)\s*/;
const LEADING_VERBS = /^(?:进一步|推进|落实|加大|深化|健全|完善|加强|全面|坚持|持续|推动|强化|深入|大力|积极|着力|切实|不断|依法)+/;
const TRAILING_WORDS = /(?:力度|水平)$/;

/** Half-width letters and digits, no spaces: text pasted from PDFs often has both kinds. */
export function foldText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, "");
}

export const baseName = (name: string) => foldText(name).replace(NUMBERING, "");

/** The words that, found in a text, suggest the indicator; longest first. */
export function termsOf(indicator: Pick<TCatalogueIndicator, "name">): string[] {
  const base = baseName(indicator.name);
  const core = base.replace(LEADING_VERBS, "").replace(TRAILING_WORDS, "");
  const generated = [base, core].filter((term) => term.length >= MIN_TERM_LENGTH);
  const terms = new Set([...generated, ...(ALIASES[base] ?? [])]);
  return [...terms].sort((a, b) => b.length - a.length);
}

function ancestorsOf(indicator: TCatalogueIndicator, byCode: ReadonlyMap<string, TCatalogueIndicator>): Set<string> {
  const found = new Set<string>();
  let parent = indicator.parentCode;
  while (parent !== null && !found.has(qualifyCode(indicator.frameworkCode, parent))) {
    found.add(qualifyCode(indicator.frameworkCode, parent));
    parent = byCode.get(qualifyCode(indicator.frameworkCode, parent))?.parentCode ?? null;
  }
  return found;
}

/**
 * The indicators a text names, most specific first: the longest matching term
 * wins, an indicator whose descendant also matched is left out (the lever, not
 * its heading), codes already chosen are left out, and at most `limit` come back.
 */
export function suggestIndicators(
  text: string,
  catalogue: readonly TCatalogueIndicator[],
  options: { exclude?: readonly string[] | undefined; limit?: number | undefined } = {},
): TIndicatorSuggestion[] {
  const folded = foldText(text);
  if (folded === "") return [];
  const exclude = new Set(options.exclude ?? []);
  const byCode = new Map(catalogue.map((indicator) => [qualifiedCodeOf(indicator), indicator]));
  const matches: { indicator: TCatalogueIndicator; matched: string; order: number }[] = [];
  catalogue.forEach((indicator, order) => {
    const matched = termsOf(indicator).find((term) => folded.includes(term));
    if (matched) matches.push({ indicator, matched, order });
  });
  const covered = new Set(matches.flatMap(({ indicator }) => [...ancestorsOf(indicator, byCode)]));
  return matches
    .filter(({ indicator }) => !covered.has(qualifiedCodeOf(indicator)) && !exclude.has(qualifiedCodeOf(indicator)))
    .sort((a, b) => b.matched.length - a.matched.length || a.order - b.order)
    .slice(0, options.limit ?? MAX_SUGGESTIONS)
    .map(({ indicator, matched }) => ({
      code: qualifiedCodeOf(indicator),
      name: indicator.name,
      frameworkName: indicator.frameworkName,
      matched,
    }));
}
