import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { withThrottleStatus } from "@/lib/auth/throttled-response";

type THandler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Options are built per request (not at import) so `next build` needs no secret.
const handler: THandler = async (req, ctx) => withThrottleStatus(await (NextAuth(getAuthOptions()) as THandler)(req, ctx));

export { handler as GET, handler as POST };
