import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ZParsedPlanSchema, parsePlanDocument } from "@/lib/domain/plan-import";
import { summarise, type TCorpusSummary } from "./corpus-summary";
import { CORPUS_DEPARTMENTS } from "./fixtures";
import { findPartitionViolations } from "./line-partition";

/**
 * The corpus (issue 13): documents in the shapes real ones come in, each with its whole expected
 * tree in `<name>.expected.json` (kinds, codes, titles, bodies, annotations, dates, unparsed
 * lines). After a deliberate parser change, `UPDATE_PLAN_CORPUS=1` rewrites the JSON; read the
 * diff before committing it. The table below states, per document, what a reader counts by eye.
 */

const CORPUS = resolve(import.meta.dirname, "../../fixtures/plan-import/corpus");
const documents = readdirSync(CORPUS).filter((name) => name.endsWith(".txt")).sort();

const EXPECTED: readonly [string, TCorpusSummary][] = [
  ["01-report-year-section.txt", { sections: 3, items: 5, measures: 0, problems: 2, groups: 0, departments: 0, matched: 0, coLed: 0, dates: 0, unparsed: 1 }],
  ["02-report-single-section.txt", { sections: 1, items: 3, measures: 0, problems: 0, groups: 0, departments: 0, matched: 0, coLed: 0, dates: 0, unparsed: 1 }],
  ["03-notice-wrapper-division.txt", { sections: 2, items: 3, measures: 0, problems: 0, groups: 0, departments: 4, matched: 2, coLed: 0, dates: 2, unparsed: 0 }],
  ["04-division-plan-brackets.txt", { sections: 2, items: 4, measures: 0, problems: 0, groups: 0, departments: 3, matched: 2, coLed: 1, dates: 3, unparsed: 0 }],
  ["05-work-points-tail-annotation.txt", { sections: 3, items: 5, measures: 0, problems: 0, groups: 0, departments: 4, matched: 3, coLed: 0, dates: 2, unparsed: 0 }],
  ["06-web-copy.txt", { sections: 3, items: 4, measures: 0, problems: 2, groups: 0, departments: 0, matched: 0, coLed: 0, dates: 0, unparsed: 6 }],
  ["07-pdf-copy-broken-lines.txt", { sections: 2, items: 2, measures: 2, problems: 0, groups: 0, departments: 0, matched: 0, coLed: 0, dates: 0, unparsed: 3 }],
  ["08-rectification-plan.txt", { sections: 3, items: 1, measures: 0, problems: 3, groups: 0, departments: 4, matched: 3, coLed: 0, dates: 2, unparsed: 0 }],
  ["09-rectification-ledger.txt", { sections: 0, items: 0, measures: 0, problems: 3, groups: 1, departments: 4, matched: 3, coLed: 0, dates: 3, unparsed: 0 }],
  ["10-co-leads.txt", { sections: 1, items: 4, measures: 0, problems: 0, groups: 0, departments: 6, matched: 6, coLed: 3, dates: 4, unparsed: 0 }],
  ["11-deep-numbering.txt", { sections: 3, items: 4, measures: 7, problems: 0, groups: 0, departments: 1, matched: 1, coLed: 0, dates: 2, unparsed: 0 }],
  ["12-unnumbered-headings.txt", { sections: 2, items: 2, measures: 0, problems: 0, groups: 1, departments: 2, matched: 1, coLed: 0, dates: 2, unparsed: 0 }],
  ["13-date-forms.txt", { sections: 1, items: 11, measures: 0, problems: 0, groups: 0, departments: 2, matched: 1, coLed: 0, dates: 10, unparsed: 0 }],
  ["14-circled-measures.txt", { sections: 2, items: 3, measures: 3, problems: 0, groups: 0, departments: 1, matched: 1, coLed: 0, dates: 1, unparsed: 0 }],
  ["15-items-without-sections.txt", { sections: 0, items: 4, measures: 0, problems: 0, groups: 0, departments: 0, matched: 0, coLed: 0, dates: 4, unparsed: 0 }],
  ["16-inline-measures.txt", { sections: 3, items: 4, measures: 5, problems: 3, groups: 0, departments: 0, matched: 0, coLed: 0, dates: 0, unparsed: 1 }],
  ["17-county-document.txt", { sections: 1, items: 3, measures: 0, problems: 0, groups: 0, departments: 4, matched: 0, coLed: 0, dates: 3, unparsed: 0 }],
  ["18-separate-annotation-lines.txt", { sections: 2, items: 3, measures: 0, problems: 0, groups: 0, departments: 4, matched: 3, coLed: 0, dates: 3, unparsed: 0 }],
  ["19-shortcomings-paragraph.txt", { sections: 3, items: 4, measures: 0, problems: 3, groups: 0, departments: 0, matched: 0, coLed: 0, dates: 0, unparsed: 1 }],
  ["20-paren-digit-measures.txt", { sections: 2, items: 4, measures: 0, problems: 0, groups: 0, departments: 1, matched: 1, coLed: 0, dates: 2, unparsed: 0 }],
];

const parse = (name: string) => {
  const text = readFileSync(resolve(CORPUS, name), "utf8");
  return { text, plan: parsePlanDocument(text, { departments: CORPUS_DEPARTMENTS }) };
};

describe("the plan-import corpus", () => {
  it("has a stated summary for every document, and at least 20 documents", () => {
    expect(EXPECTED.map(([name]) => name)).toEqual(documents);
    expect(documents.length).toBeGreaterThanOrEqual(20);
  });

  it.each(EXPECTED)("%s yields what a reader counts", (name, summary) => {
    expect(summarise(parse(name).plan)).toEqual(summary);
  });

  it.each(documents)("%s: whole tree as expected, every line accounted for", (name) => {
    const { text, plan } = parse(name);
    expect(ZParsedPlanSchema.parse(plan)).toEqual(plan);
    expect(findPartitionViolations(text, plan)).toEqual([]);
    const expectedPath = resolve(CORPUS, name.replace(/\.txt$/, ".expected.json"));
    if (process.env.UPDATE_PLAN_CORPUS === "1") writeFileSync(expectedPath, `${JSON.stringify(plan, null, 2)}\n`);
    expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_PLAN_CORPUS=1 and review it`).toBe(true);
    expect(plan).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
  });
});
