import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { notices, type TNotice } from "@/db/schema";
import { isNoticeVisible } from "@/lib/domain/notice-visibility";
import type { TScopedActor } from "@/lib/domain/scope";
import { AppError } from "@/lib/errors";

/** A notice as the actor may see it; anything else is "not found" (its existence is not revealed). */
export async function loadNoticeForActor(db: DbOrTx, actor: TScopedActor, noticeId: string, options: { lock?: boolean } = {}): Promise<TNotice> {
  const query = db.select().from(notices).where(eq(notices.id, noticeId));
  const [notice] = options.lock ? await query.for("update") : await query;
  if (!notice || !isNoticeVisible(actor, notice)) throw new AppError("NOT_FOUND", "noticeNotFound");
  return notice;
}
