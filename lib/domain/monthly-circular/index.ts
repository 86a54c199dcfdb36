export { buildMonthlyCircular, CONTENT_BUDGET } from "./build-circular";
export type * from "./types";
