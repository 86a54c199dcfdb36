/**
 * The pages' Content-Security-Policy, built per request by proxy.ts: scripts
 * run only with this request's nonce (Next puts it on its own scripts) or
 * when loaded by one of them ('strict-dynamic'); no 'unsafe-inline' for
 * scripts. Styles keep 'unsafe-inline' for React's style attributes. Nothing
 * is loaded from elsewhere (system fonts, no CDN). Development adds
 * 'unsafe-eval', which React's dev tooling needs.
 */
export function contentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
