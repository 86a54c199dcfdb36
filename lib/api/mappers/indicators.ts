import type { TFrameworkIndicatorRow } from "@/db/queries/indicators/frameworks";
import type { TIndicatorFrameworkKind } from "@/lib/domain/codes";

type TFramework = { id: string; code: string; name: string; kind: TIndicatorFrameworkKind; description: string; useInAssessment: boolean; version: number };

export function apiFramework(framework: TFramework, indicators: TFrameworkIndicatorRow[]) {
  return {
    id: framework.id,
    code: framework.code,
    name: framework.name,
    kind: framework.kind,
    description: framework.description,
    useInAssessment: framework.useInAssessment,
    version: framework.version,
    indicators: indicators.map((i) => ({ code: i.code, name: i.name, level: i.level, parentCode: i.parentCode, weight: i.weight === null ? null : Number(i.weight) })),
  };
}
