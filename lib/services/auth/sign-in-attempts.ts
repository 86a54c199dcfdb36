import { getEnv } from "@/lib/env";
import { countAndRead, forget, ipKey } from "@/lib/rate-limit/throttle";
import { normaliseLogin } from "./check-credentials";

/** From this failure on, the refusal tells how many attempts are left. */
export const HINT_AFTER_FAILURES = 3;

const keyOf = (login: string, ip: string | null) => `${normaliseLogin(login)}|${ipKey(ip)}`;

/**
 * After a refused sign-in: the attempts left before the lockout, counted per
 * submitted name (or phone) and client address, whether or not an account by
 * that name exists — the answer must read the same for an unknown name, or it
 * would tell which accounts are real. `undefined` before the third failure;
 * 0 when this failure reached the threshold (the count then starts again, as
 * the account's own does after a lock). Only a hint: failures of one account
 * from several addresses lock it sooner, which is why the message says
 * "at most".
 */
export async function remainingAfterFailure(login: string, ip: string | null): Promise<number | undefined> {
  const { LOCKOUT_THRESHOLD } = getEnv();
  const failures = await countAndRead("signInFailuresLogin", keyOf(login, ip));
  if (failures === null || failures < Math.min(HINT_AFTER_FAILURES, LOCKOUT_THRESHOLD)) return undefined;
  if (failures >= LOCKOUT_THRESHOLD) {
    await forget("signInFailuresLogin", keyOf(login, ip));
    return 0;
  }
  return LOCKOUT_THRESHOLD - failures;
}

/** After a successful sign-in from this address: its count starts again. */
export async function forgetFailures(login: string, ip: string | null): Promise<void> {
  await forget("signInFailuresLogin", keyOf(login, ip));
}
