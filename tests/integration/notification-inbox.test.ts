import { beforeAll, describe, expect, it } from "vitest";
import { listNotifications } from "@/db/queries/notifications";
import { respondToNotice, sendBackNotice, signNotice } from "@/lib/services/notices/act-on-notice";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { actorFor, seedDemoData } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { makeTask } from "../support/task-fixtures";

beforeAll(seedDemoData, 60_000);

describe("the inbox", () => {
  it("carries the reason of 退回整改 and of a sent-back answer, and filters by kind", async () => {
    const supervisor = await actorFor("supervisor");
    const head = await actorFor("sfj_head");
    const submitted = await makeTask("submitted", { title: "收件箱里的退回整改" });
    await transitionTask(supervisor, { id: submitted.id, version: submitted.version, action: "reject", reason: "佐证材料缺少签字页，请补充后重新提交" });

    let notice = await makeNotice([submitted.id]);
    notice = await signNotice(head, { id: notice.id, version: notice.version });
    notice = await respondToNotice(head, { id: notice.id, version: notice.version, content: "已整改", attachmentIds: [] });
    await sendBackNotice(supervisor, { id: notice.id, version: notice.version, reason: "反馈未附整改台账" });

    const all = (await listNotifications(head.id)).items;
    expect(all.find((n) => n.kind === "task.reject" && n.title === "收件箱里的退回整改")?.body).toBe("佐证材料缺少签字页，请补充后重新提交");
    expect(all.find((n) => n.kind === "notice.send_back")?.body).toBe("反馈未附整改台账");

    const tasksOnly = (await listNotifications(head.id, { group: "task" })).items;
    expect(tasksOnly.length).toBeGreaterThan(0);
    expect(tasksOnly.every((n) => n.kind.startsWith("task."))).toBe(true);
    const noticesOnly = (await listNotifications(head.id, { group: "notice" })).items;
    expect(noticesOnly.map((n) => n.kind)).toContain("notice.send_back");
    expect(noticesOnly.every((n) => n.kind.startsWith("notice."))).toBe(true);
    expect((await listNotifications(head.id, { group: "instruction" })).items.every((n) => n.kind === "instruction")).toBe(true);
  });
});
