// next-auth's two browser calls this app makes, without next-auth's client module (its
// session polling, broadcast channel and CSRF helpers, ~8 kB gzip in /login's and /settings'
// first load, docs/performance/js-budget.md): the same requests next-auth/react sends.

async function csrfToken(): Promise<string> {
  const answer = await fetch("/api/auth/csrf", { credentials: "same-origin" });
  return ((await answer.json()) as { csrfToken: string }).csrfToken;
}

async function postForm(path: string, fields: Record<string, string>): Promise<{ answer: Response; url: string | undefined }> {
  const answer = await fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" }),
  });
  return { answer, url: ((await answer.json()) as { url?: string }).url };
}

/**
 * `signIn("credentials", { ...values, redirect: false })`: the session cookie comes with the
 * answer; a refusal's code is read from the answer's URL (`?error=invalid:2:15`, or
 * `throttled:30` with a 429, lib/auth/throttled-response.ts). The caller navigates.
 */
export async function signInWithCredentials(values: Record<string, string>, callbackUrl = window.location.href): Promise<{ error: string | null; ok: boolean; status: number }> {
  const { answer, url } = await postForm("/api/auth/callback/credentials", { ...values, callbackUrl });
  return { error: url ? new URL(url, window.location.origin).searchParams.get("error") : null, ok: answer.ok, status: answer.status };
}

/** `signOut({ callbackUrl })`: the session cookie is cleared, then the page goes to callbackUrl. */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { url } = await postForm("/api/auth/signout", { callbackUrl });
  window.location.href = url ?? callbackUrl;
}
