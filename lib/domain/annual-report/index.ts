export { applyEdits, buildAnnualReport, reportTitle } from "./build-report";
export { departmentRows, isCompletedOnTime, overdueDays, reportFigures } from "./figures";
export { NO_CONTENT_PROMPT } from "./task-summary";
export type * from "./types";
