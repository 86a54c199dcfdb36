import { buildDraftTree } from "./build-tree";
import { classifyLines, type TClassifiedLine } from "./classify-lines";
import { findFirstYear } from "./dates";
import { foldWidth } from "./normalize";
import { createDepartmentMatcher, findOwnPrefixes } from "./departments";
import { readDocumentFrame } from "./document-frame";
import { finalizeNode } from "./finalize-node";
import { isPdfCopy } from "./wrapped-lines";
import type { TParsePlanOptions, TParsedPlan, TUnparsedLine } from "./types";

/**
 * Parses a plan or report (工作要点, 实施方案, 整改方案, 年度报告) into the goal tree that a
 * supervisor reviews before tasks are created. Pure: no I/O and no clock. Every non-blank line
 * ends up in exactly one place — title, preamble, signature date, a node, or `unparsed`.
 *
 * The plan year for relative due dates (6月底) is `options.year`, else the year in the title
 * ("2022年…工作要点"), else the year of the signature date.
 */
export function parsePlanDocument(text: string, options: TParsePlanOptions = {}): TParsedPlan {
  const lines = classifyLines(text);
  const frame = readDocumentFrame(lines);
  const draft = buildDraftTree(frame.body, isPdfCopy(lines));
  const titleFolded = frame.title.map((line) => line.text.folded).join("");
  const departments = options.departments ?? [];
  const planYear = options.year ?? guessPlanYear({ title: titleFolded, date: frame.signatureDate });
  const context = {
    planYear,
    matchDepartment: createDepartmentMatcher(departments, findOwnPrefixes(titleFolded, departments)),
  };
  return {
    title: frame.title.map((line) => line.text.raw).join(""),
    preamble: frame.preamble.map((line) => line.text.raw).join("\n"),
    nodes: draft.roots.map((root) => finalizeNode(root, context)),
    unparsed: [...frame.unparsed, ...draft.unparsed].sort((left, right) => left.line - right.line).map(toUnparsed),
    date: frame.signatureDate,
  };
}

/** The year a plan is for when the caller names none: the title's ("2022年…工作要点"), else the signature date's. */
export function guessPlanYear(plan: Pick<TParsedPlan, "title" | "date">): number | null {
  return findFirstYear(foldWidth(plan.title)) ?? (plan.date === null ? null : Number(plan.date.slice(0, 4)));
}

function toUnparsed(line: TClassifiedLine): TUnparsedLine {
  return { line: line.line, text: line.text.raw };
}
