import { assertBudgetLeft, consume, ipKey, penalise } from "@/lib/rate-limit/throttle";
import { normaliseLogin } from "./check-credentials";

/**
 * Before a password is checked (both doors: the sign-in page and
 * POST /auth/token): the address's attempts, its failures so far, and the
 * attempts on this account name. Unknown names are counted like real ones,
 * so the answer tells nothing about which accounts exist. Throws THROTTLED.
 */
export async function guardSignIn(login: string, ip: string | null): Promise<void> {
  await consume("signInIp", ipKey(ip));
  // One password tried against every account: each account sees one failure,
  // the address sees them all.
  await assertBudgetLeft("signInFailuresIp", ipKey(ip));
  await consume("signInAccount", normaliseLogin(login));
}

/** After a refused sign-in: counts against the address's failure budget. */
export async function countSignInFailure(ip: string | null): Promise<void> {
  await penalise("signInFailuresIp", ipKey(ip));
}
