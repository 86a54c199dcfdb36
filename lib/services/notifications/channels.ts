import type { Tx } from "@/db";
import { notifications } from "@/db/schema";

export type TNotificationMessage = {
  kind: string;
  title: string;
  body?: string;
  link?: string;
  dedupeKey?: string;
};

/**
 * A way of telling people. Every channel is handed the same message and
 * recipients inside the change's transaction; a channel that talks to the
 * outside world (SMS, e-mail) should only enqueue there and send after commit.
 */
export type TNotificationChannel = {
  name: string;
  deliver(tx: Tx, userIds: string[], message: TNotificationMessage): Promise<number>;
};

/** The in-app inbox: one row per recipient; the bell counts the unread ones. */
export const inAppChannel: TNotificationChannel = {
  name: "in-app",
  async deliver(tx, userIds, message) {
    if (userIds.length === 0) return 0;
    const rows = await tx
      .insert(notifications)
      .values(
        userIds.map((userId) => ({
          userId,
          kind: message.kind,
          title: message.title.slice(0, 200),
          body: message.body ?? "",
          link: message.link,
          dedupeKey: message.dedupeKey,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    return rows.length;
  },
};

export const NOTIFICATION_CHANNELS: readonly TNotificationChannel[] = [inAppChannel];
