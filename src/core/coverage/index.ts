/** Household protection (SPEC 5b): the coverage matrix, gaps and renewals. */
export * from "./rules";
export * from "./members";
export * from "./matrix";
export * from "./lists";
export * from "./json";
export * from "./text";
