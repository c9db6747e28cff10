/**
 * custom-functions-metadata writes functions.json from the JSDoc of src/functions/functions.ts in
 * one language. Excel picks a per-locale file from the manifest (`<bt:Override Locale="zh-CN">`
 * on Functions.Metadata.Url); this builds that file: same ids and types, with `name`,
 * `description` and parameter descriptions taken from core/i18n:
 *   functions.<ID>.name, functions.<ID>.description, functions.<ID>.param.<parameter name>
 * A missing string fails the build with the list of keys to add.
 */
import type { Compiler } from "webpack";
import { catalogKeys, t, type Lang } from "../src/core/i18n/index";

interface ParameterMetadata {
  name: string;
  description?: string;
  [other: string]: unknown;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: ParameterMetadata[];
  [other: string]: unknown;
}
interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [other: string]: unknown;
}

/** The i18n keys of one function's texts. */
export const functionKeys = (id: string) => ({
  name: `functions.${id}.name`,
  description: `functions.${id}.description`,
  param: (parameter: string) => `functions.${id}.param.${parameter}`,
});

/**
 * Rewrites generated metadata with translated texts. `translate` returns undefined (or "") for a
 * key it does not have; such keys are returned in `missing` and the original text is kept.
 * Empty metadata (a functions file without functions yet) is returned as it is.
 */
export function localizeFunctionsMetadata(
  metadataJson: string,
  translate: (key: string) => string | undefined,
): { json: string; missing: string[] } {
  if (metadataJson.trim() === "") return { json: metadataJson, missing: [] };
  const metadata = JSON.parse(metadataJson) as FunctionsMetadata;
  const missing: string[] = [];
  const text = (key: string, fallback: string) => {
    const value = translate(key);
    if (value) return value;
    missing.push(key);
    return fallback;
  };
  const functions = metadata.functions.map((f) => {
    const keys = functionKeys(f.id);
    return {
      ...f,
      name: text(keys.name, f.name),
      description: text(keys.description, f.description ?? ""),
      ...(f.parameters && {
        parameters: f.parameters.map((p) => ({ ...p, description: text(keys.param(p.name), p.description ?? "") })),
      }),
    };
  });
  return { json: JSON.stringify({ ...metadata, functions }, null, 4), missing };
}

/** Looks keys up in core/i18n for one language; unknown or empty keys give undefined. */
export function i18nLookup(lang: Lang): (key: string) => string | undefined {
  const known = new Set(catalogKeys());
  return (key) => (known.has(key) ? t(lang, key) || undefined : undefined);
}

export interface LocalizedFunctionsMetadataOptions {
  /** The asset CustomFunctionsMetadataPlugin emits, e.g. "functions.json". */
  input: string;
  /** The asset to write, e.g. "functions.zh-CN.json". */
  output: string;
  lang: Lang;
}

/** Emits `output` next to `input` in the same compilation (so `webpack serve` has it too). */
export class LocalizedFunctionsMetadataPlugin {
  constructor(private readonly options: LocalizedFunctionsMetadataOptions) {}

  apply(compiler: Compiler): void {
    const name = "LocalizedFunctionsMetadataPlugin";
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const generated = compilation.getAsset(this.options.input);
        if (!generated) return; // the metadata plugin failed and has reported why
        const { json, missing } = localizeFunctionsMetadata(
          generated.source.source().toString(),
          i18nLookup(this.options.lang),
        );
        if (missing.length > 0) {
          compilation.errors.push(
            new WebpackError(
              `${this.options.output}: ${missing.length} ${this.options.lang} string(s) missing; ` +
                `add them to src/core/i18n/strings/functions.ts:\n  ${missing.join("\n  ")}`,
            ),
          );
          return;
        }
        compilation.emitAsset(this.options.output, new sources.RawSource(json));
      });
    });
  }
}
