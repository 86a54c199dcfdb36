import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperationCard } from "@/components/api-docs/operation-card";
import { apiReference } from "@/lib/api/docs-model";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("title") };
}

/** 接口文档: public (no sign-in), rendered on the server from the same OpenAPI document that clients download. */
export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  const tags = apiReference({
    maxChars: (n) => t("noteWords.maxChars", { n }),
    maxItems: (n) => t("noteWords.maxItems", { n }),
    defaultValue: (value) => t("noteWords.defaultValue", { value }),
    separator: t("noteWords.separator"),
  });
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-muted-foreground">{t("intro")}</p>
      <p className="mt-2 text-sm">
        <a className="text-blue-700 underline" href="/api/v1/openapi.json">
          {t("download")}
        </a>
      </p>
      <nav aria-label={t("contents")} className="mt-6 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {tags.map((tag) => (
            <li key={tag.name}>
              <a className="underline" href={`#tag-${tag.name}`}>
                {tag.description}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag.name} id={`tag-${tag.name}`} className="mt-8">
          <h2 className="mb-3 border-b border-border pb-1 text-xl font-semibold">
            {tag.description} <span className="font-mono text-sm text-muted-foreground">{tag.name}</span>
          </h2>
          <div className="space-y-4">
            {tag.operations.map((operation) => (
              <OperationCard key={operation.id} operation={operation} />
            ))}
          </div>
        </section>
      ))}
    </main>
  );
}
