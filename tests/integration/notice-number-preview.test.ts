import { beforeAll, describe, expect, it } from "vitest";
import { peekNextNoticeNumber } from "@/db/queries/notices/next-number";
import { getEnv } from "@/lib/env";
import { clock } from "@/lib/clock";
import { issuingYear } from "@/lib/services/notices/issue-notice";
import { actorFor, refusal, seedDemoData } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { makeTask } from "../support/task-fixtures";

beforeAll(seedDemoData, 60_000);

describe("the number a notice will take, shown before issuing", () => {
  it("is read without being taken, is the one issuing takes, and moves on when someone issues first", async () => {
    const supervisor = await actorFor("supervisor");
    const env = getEnv();
    const peek = () => peekNextNoticeNumber(supervisor, env.NOTICE_PREFIX, issuingYear(clock.now(), env.APP_TIMEZONE));
    const task = await makeTask("in_progress", { title: "文号预览的任务" });
    const previewed = await peek();
    expect(await peek()).toBe(previewed); // a preview reserves nothing
    expect((await makeNotice([task.id])).number).toBe(previewed);

    const mine = await peek();
    const someoneElses = await makeNotice([task.id]); // issued while my preview was open
    expect(someoneElses.number).toBe(mine);
    const issued = await makeNotice([task.id]);
    expect(issued.number).not.toBe(mine); // the form then says the number changed
    expect(issued.number).toBe(await peek().then((next) => next.replace(/(\d+)号$/, (_, n: string) => `${Number(n) - 1}号`)));
  });

  it("is only for those who may issue", async () => {
    const env = getEnv();
    await refusal(peekNextNoticeNumber(await actorFor("sfj_head"), env.NOTICE_PREFIX, 2026), "FORBIDDEN");
  });
});
