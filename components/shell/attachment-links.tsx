import { Paperclip } from "lucide-react";
import { formatBytes } from "@/lib/format";

/** Evidence files as download links (the download route checks who may see them). */
export function AttachmentLinks({ files }: { files: { id: string; name: string; size: number }[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2">
      {files.map((file) => (
        <li key={file.id}>
          <a href={`/api/attachments/${file.id}`} className="inline-flex items-center gap-1 rounded border border-border px-2 py-0.5 text-xs hover:bg-muted">
            <Paperclip className="size-3" aria-hidden />
            {file.name} · {formatBytes(file.size)}
          </a>
        </li>
      ))}
    </ul>
  );
}
