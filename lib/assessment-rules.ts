import { DEFAULT_ASSESSMENT_RULES, type TAssessmentRules, ZAssessmentRulesSchema } from "@/lib/domain/assessment";
import { getEnv } from "@/lib/env";

/** The configured rules (ASSESSMENT_RULES, JSON), checked; a bad value stops the app at start with the reason. */
export function assessmentRules(): TAssessmentRules {
  const raw = getEnv().ASSESSMENT_RULES;
  if (!raw) return DEFAULT_ASSESSMENT_RULES;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error("ASSESSMENT_RULES is not valid JSON");
  }
  const parsed = ZAssessmentRulesSchema.safeParse(json);
  if (!parsed.success) throw new Error(`ASSESSMENT_RULES: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return parsed.data;
}
