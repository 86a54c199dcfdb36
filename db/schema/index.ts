export * from "./enums";
export * from "./departments";
export * from "./users";
export * from "./plans";
export * from "./tasks";
export * from "./notices";
export * from "./records";
export * from "./rate-limits";
