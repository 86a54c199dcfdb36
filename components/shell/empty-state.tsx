import { Inbox } from "lucide-react";
import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-2 px-4 py-10 text-center text-sm text-muted-foreground">
      <Inbox className="size-8" aria-hidden />
      <p className="font-medium text-foreground">{title}</p>
      {children}
    </div>
  );
}
