import { describe, expect, it } from "vitest";
import { fileNameOf, readWithProgress, type TProgress } from "@/components/shell/download-progress";
import { attachmentDisposition } from "@/lib/http/content-disposition";

describe("a download with progress", () => {
  it("reports each chunk received, against the size when the server gave one", async () => {
    const chunks = [new Uint8Array(3), new Uint8Array(5)];
    const body = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      });
    const seen: TProgress[] = [];
    const blob = await readWithProgress(new Response(body(), { headers: { "content-length": "8" } }), (p) => seen.push(p));
    expect(blob.size).toBe(8);
    expect(seen).toEqual([
      { received: 3, total: 8 },
      { received: 8, total: 8 },
    ]);
    const streamed: TProgress[] = [];
    await readWithProgress(new Response(body()), (p) => streamed.push(p));
    expect(streamed.at(-1)).toEqual({ received: 8, total: null });
  });

  it("saves under the server's own (Chinese) file name", () => {
    expect(fileNameOf(attachmentDisposition("任务台账-2026年12月6日.xlsx"))).toBe("任务台账-2026年12月6日.xlsx");
    expect(fileNameOf('attachment; filename="report.docx"')).toBe("report.docx");
    expect(fileNameOf(null)).toBeNull();
  });
});
