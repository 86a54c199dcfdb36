import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { sectionCompletion } from "@/db/queries/cockpit/section-completion";
import { weeklyTrend } from "@/db/queries/cockpit/weekly-trend";
import { cockpitCardDifferences } from "@/db/summary/assessment-summary";
import { goals, tasks } from "@/db/schema";
import type { TWarningContext } from "@/lib/domain/warning";
import { departmentId, seedDemoData } from "../support/fixtures";
import { scannedSections, scannedTrend } from "../support/scanned-cards";
import { makeTask } from "../support/task-fixtures";

// The section-completion and 12-week-trend cards from the kept counts (ADR 021) against the
// task scans they replace, on the demo district and on tasks placed at the edges of the
// rules: completed before publication, published or completed after today, a due date
// inside a week, a moved goal, a delete; after every write, and on several days.
const leader = { roles: ["leader"] } as const;
const at = (day: string, hour = "04:00") => new Date(`${day}T${hour}:00Z`);
const days = ["2030-05-15", "2030-05-19", "2030-05-20", "2030-06-02"];
const contextOn = (today: string): TWarningContext => ({ today, timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } });

async function expectSameAsScan() {
  for (const today of days) {
    const context = contextOn(today);
    const sections = await sectionCompletion(leader, context);
    expect(sections.map(({ sectionId, total, completed, overdue }) => ({ sectionId, total, completed, overdue })), today).toEqual(await scannedSections(context));
    expect(await weeklyTrend(leader, context), today).toEqual(await scannedTrend(context));
    expect(await weeklyTrend(leader, context, 3), today).toEqual(await scannedTrend(context, 3));
    expect(await cockpitCardDifferences(await getDb())).toEqual([]);
  }
}

const ids: string[] = [];
beforeAll(async () => {
  await seedDemoData();
  const db = await getDb();
  const [one] = await db.select().from(goals).where(eq(goals.code, "一、"));
  const [two] = await db.select().from(goals).where(eq(goals.code, "二、"));
  const lead = await departmentId("区司法局");
  const place = async (status: "in_progress" | "completed" | "assigned", due: string | null, published: string | null, completed: string | null, goalId: string | null) => {
    const task = await makeTask(status, { title: `边界 ${ids.length}`, leadDepartmentId: lead, cooperatingDepartmentIds: [] });
    await db
      .update(tasks)
      .set({ dueDate: due, publishedAt: published ? at(published) : null, completedAt: completed ? at(completed, "15:30") : null, goalId })
      .where(eq(tasks.id, task.id));
    ids.push(task.id);
  };
  await place("in_progress", "2030-05-07", "2030-04-20", null, one!.id); // overdue from 05-08 on
  await place("completed", "2030-05-01", "2030-05-12", "2030-04-28", two!.id); // completed before publication, a week earlier
  await place("completed", "2030-05-10", "2030-05-01", "2030-05-13", one!.id); // overdue 05-11 to 05-13 (15:30Z is the next day in Shanghai)
  await place("in_progress", "2030-05-30", "2030-05-17", null, two!.id); // published after the first day
  await place("completed", "2030-05-18", "2030-05-02", "2030-05-25", null); // completed after the first day
  await place("assigned", "2030-05-16", "2030-05-16", null, one!.id); // overdue the day after
  await place("in_progress", null, "2030-05-03", null, one!.id); // no due date: never overdue
});

describe("cockpit cards from the kept counts", () => {
  it("equal the task scans on every day", async () => {
    await expectSameAsScan();
  });

  it("follow the writes: a completion, a new due date, a moved goal, a cancel, a delete", async () => {
    const db = await getDb();
    const [two] = await db.select().from(goals).where(eq(goals.code, "二、"));
    await db.update(tasks).set({ status: "completed", completedAt: at("2030-05-18") }).where(eq(tasks.id, ids[0]!));
    await expectSameAsScan();
    await db.update(tasks).set({ dueDate: "2030-05-09" }).where(eq(tasks.id, ids[3]!));
    await db.update(tasks).set({ goalId: two!.id }).where(eq(tasks.id, ids[5]!));
    await expectSameAsScan();
    await db.update(tasks).set({ status: "cancelled" }).where(eq(tasks.id, ids[6]!));
    await db.delete(tasks).where(inArray(tasks.id, [ids[1]!, ids[2]!]));
    await expectSameAsScan();
  });
});
