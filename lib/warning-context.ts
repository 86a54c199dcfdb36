import { todayIn } from "@/lib/domain/calendar";
import type { TWarningContext } from "@/lib/domain/warning";
import { getEnv } from "@/lib/env";
import { clock } from "@/lib/clock";

/** Today in APP_TIMEZONE and the configured warning policy. */
export function warningContext(now: Date = clock.now()): TWarningContext {
  const env = getEnv();
  return {
    today: todayIn(env.APP_TIMEZONE, now),
    timeZone: env.APP_TIMEZONE,
    policy: { dueSoonDays: env.WARNING_DUE_SOON_DAYS, behindPoints: env.WARNING_BEHIND_POINTS },
  };
}
