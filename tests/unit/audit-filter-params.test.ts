import { describe, expect, it } from "vitest";
import { parseAuditFilterParams } from "@/lib/validation/audit-filter-params";

describe("audit viewer URL parameters", () => {
  it("keeps well-formed filters", () => {
    expect(
      parseAuditFilterParams({ category: "task", account: " SFJ_Head ", from: "2026-11-01", to: "2026-11-30", entity: "abc", before: "120" }),
    ).toEqual({ category: "task", account: "sfj_head", from: "2026-11-01", to: "2026-11-30", entityId: "abc", before: 120 });
  });

  it("drops what is malformed instead of failing", () => {
    expect(
      parseAuditFilterParams({ category: "secrets", account: "a b';--", from: "2026-02-30", to: "tomorrow", entity: "", before: "-3" }),
    ).toEqual({ category: undefined, account: undefined, from: undefined, to: undefined, entityId: undefined, before: undefined });
    expect(parseAuditFilterParams({ before: "1e400" }).before).toBeUndefined();
    expect(parseAuditFilterParams({ category: ["auth", "task"] }).category).toBe("auth");
  });
});
