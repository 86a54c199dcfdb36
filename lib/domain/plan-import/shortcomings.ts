import { splitInlineParts, type TInlineSplit } from "./inline-parts";

/**
 * Shortcomings (存在问题): the part of a report that names what falls short. Their parts become
 * `problem` nodes — the rectification goals (整改目标) of the next year.
 */

/** Words that, in the text before "一是", announce a list of shortcomings. */
const SHORTCOMING_WORDS = /不足|差距|短板|薄弱|有待|不够|不到位|欠缺|滞后|不平衡|不充分|存在[^。]{0,6}问题|主要问题|问题(?:和|与|及)/;

/** Headings such as "存在的主要问题", "问题和不足", "工作中存在的不足". */
const SHORTCOMINGS_HEADING =
  /^(?:工作中|当前|目前|我区|全区|仍然|还)?(?:存在的?|主要的?)(?:主要)?(?:问题|不足|差距|短板|困难|薄弱环节)|^(?:问题|不足|差距|短板)(?:和|与|及)(?:不足|差距|问题|短板|困难)|^不足之处/;
const SHORTCOMINGS_HEADING_MAX_LENGTH = 30;

export function isShortcomingsHeading(folded: string): boolean {
  const heading = folded.trim();
  return heading.length <= SHORTCOMINGS_HEADING_MAX_LENGTH && !/[。;]/.test(heading) && SHORTCOMINGS_HEADING.test(heading);
}

/** The inline parts of a paragraph that names shortcomings, or null for any other paragraph. */
export function detectShortcomingsParagraph(folded: string): TInlineSplit | null {
  const split = splitInlineParts(folded);
  const firstPart = split?.parts[0];
  if (!split || !firstPart) return null;
  return SHORTCOMING_WORDS.test(folded.slice(0, firstPart.start)) ? split : null;
}
