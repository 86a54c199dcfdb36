import type { ReactNode } from "react";
import type { TAnnualReportView } from "@/db/queries/annual-report/annual-report";
import type { TReportParagraph } from "@/lib/domain/annual-report";
import { ParagraphTrace } from "./paragraph-trace";
import { fontOf, PARAGRAPH_CLASS } from "./report-styles";

/**
 * The draft as an official document: the preview (with trace links) and the
 * print view (without) render the same paragraphs the .docx does.
 */
export function ReportDocument({
  view,
  withTraces,
  renderText,
}: {
  view: TAnnualReportView;
  withTraces: boolean;
  /** The editor puts its own control around a paragraph's text. */
  renderText?: ((paragraph: TReportParagraph) => ReactNode) | undefined;
}) {
  return (
    <article className="mx-auto max-w-[156mm] text-[16pt] leading-[1.75] text-black" lang="zh-CN" data-annual-report>
      {view.report.paragraphs.map((paragraph) => {
        const Tag = paragraph.kind === "title" ? "h1" : paragraph.kind === "heading1" ? "h2" : paragraph.kind === "heading2" ? "h3" : "p";
        return (
          <div key={paragraph.id} data-paragraph={paragraph.id}>
            <Tag className={`${PARAGRAPH_CLASS[paragraph.kind]} whitespace-pre-wrap font-normal`} style={{ fontFamily: fontOf(paragraph.kind) }}>
              {renderText ? renderText(paragraph) : paragraph.text}
              {withTraces && paragraph.taskIds.length === 1 ? <ParagraphTrace taskIds={paragraph.taskIds} tasks={view.tasks} /> : null}
            </Tag>
            {withTraces && paragraph.taskIds.length > 1 ? <ParagraphTrace taskIds={paragraph.taskIds} tasks={view.tasks} /> : null}
          </div>
        );
      })}
    </article>
  );
}
