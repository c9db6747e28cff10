/** Builds src/workbench into `<outDir>/workbench` (webpack, in-process) and resolves to that directory. */
export function buildWorkbench(options?: { outDir?: string; mode?: "development" | "production" }): Promise<string>;
