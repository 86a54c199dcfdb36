import { withAuth } from "next-auth/middleware";

// Only redirects anonymous visitors to the sign-in page. Whether a session is
// still valid, and what the user may do, is decided on the server per request.
export default withAuth({
  pages: { signIn: "/login" },
  secret: process.env.AUTH_SECRET,
});

export const config = {
  // /api-docs is the public API reference (PRODUCT.md: the API document is public).
  matcher: ["/((?!login|register|api/|api-docs|_next/|favicon|icon|robots).*)"],
};
