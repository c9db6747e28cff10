/** Key accounts (SPEC 5c): attack/defend segments, the funnel with 1+2+1, bad debt's cost in sales. */
export * from "./segments";
export * from "./funnel";
export * from "./badDebt";
export * from "./accounts";
export * from "./json";
export * from "./text";
