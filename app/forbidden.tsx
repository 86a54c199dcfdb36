import { Forbidden } from "@/components/shell/forbidden";

// Rendered by forbidden() (next/navigation) with HTTP 403: a page the role may not open.
export default function ForbiddenPage() {
  return <Forbidden />;
}
