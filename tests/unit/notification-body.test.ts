import { type AbstractIntlMessages, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { notificationBody } from "@/components/notifications/notification-body";
import en from "@/messages/en";
import zh from "@/messages/zh-CN";

type TTranslator = Parameters<typeof notificationBody>[3];
const zhT = createTranslator({ locale: "zh-CN", messages: zh as AbstractIntlMessages, namespace: "notifications" }) as unknown as TTranslator;
const enT = createTranslator({ locale: "en", messages: en as AbstractIntlMessages, namespace: "notifications" }) as unknown as TTranslator;

describe("a notification's second line", () => {
  it("writes a reminder's day in Chinese words, never as an ISO code", () => {
    expect(notificationBody("reminder.due_soon", "2026-12-03", "zh-CN", zhT)).toBe("完成时限：2026年12月3日");
    expect(notificationBody("reminder.overdue", "2026-01-31", "zh-CN", zhT)).toBe("完成时限：2026年1月31日");
    expect(notificationBody("reminder.notice_due", "2026-12-07", "zh-CN", zhT)).toBe("反馈时限：2026年12月7日");
  });

  it("keeps ISO days in English", () => {
    expect(notificationBody("reminder.due_soon", "2026-12-03", "en", enT)).toBe("Due 2026-12-03");
  });

  it("shows any other body as the sender wrote it", () => {
    expect(notificationBody("task.reject", "材料不全，请补充", "zh-CN", zhT)).toBe("材料不全，请补充");
    expect(notificationBody("task.reject", "2026-12-03", "zh-CN", zhT)).toBe("2026-12-03");
    expect(notificationBody("reminder.due_soon", "不是日期", "zh-CN", zhT)).toBe("不是日期");
  });
});
