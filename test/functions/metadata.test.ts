/**
 * functions.json is generated from the JSDoc of src/functions/functions.ts by the same call the
 * webpack plugin makes (custom-functions-metadata's generateCustomFunctionsMetadata), and the
 * zh-CN file by the build's own localize step; both are checked here.
 */
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { i18nLookup, localizeFunctionsMetadata } from "../../scripts/localize-functions-metadata";
import { FUNCTIONS, FUNCTION_IDS } from "../../src/functions/catalog";
import { t } from "../../src/core/i18n";

interface Param {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  options?: { stream?: boolean; volatile?: boolean; cancelable?: boolean };
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: Fn[];
  allowCustomDataForDataTypeAny?: boolean;
}

let metadata: Metadata;
let zh: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"));
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson);
  const localized = localizeFunctionsMetadata(generated.metadataJson, i18nLookup("zh-CN"));
  expect(localized.missing).toEqual([]);
  zh = JSON.parse(localized.json);
});

const byId = (m: Metadata) => new Map(m.functions.map((f) => [f.id, f]));

describe("the generated functions.json", () => {
  it("declares every function named in SPEC section 6, and nothing else", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      [
        "QUADRANT",
        "AMOUNT",
        "CLOSENESS",
        "STRATEGY",
        "BORDERLINE",
        "LASTCONTACT",
        "NEXTVISIT",
        "QUADRANTOF",
        "PLAN",
        "CUSTOMER",
        "GAPS",
        "ASSETS",
        "TIER",
        "MOVED",
        "SEGMENT",
        "EXTRASALES",
      ].sort(),
    );
    expect([...FUNCTION_IDS].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("declares each function's parameters as the engine reads them: type any, optional thresholds", () => {
    const fns = byId(metadata);
    expect(fns.get("QUADRANTOF")!.parameters.map((p) => [p.name, p.type, p.optional ?? false])).toEqual([
      ["amount", "any", false],
      ["closeness", "any", false],
      ["amountThreshold", "any", true],
      ["closenessThreshold", "any", true],
    ]);
    expect(fns.get("PLAN")!.parameters).toEqual([]);
    expect(fns.get("STRATEGY")!.parameters.map((p) => p.name)).toEqual(["idOrQuadrant"]);
    for (const id of FUNCTION_IDS) {
      const f = fns.get(id)!;
      expect([id, f.parameters.map((p) => ({ name: p.name, optional: p.optional ?? false }))]).toEqual([
        id,
        FUNCTIONS[id].params.map((p) => ({ name: p.name, optional: p.optional ?? false })),
      ]);
      for (const p of f.parameters)
        expect([id, p.name, p.type, p.dimensionality]).toEqual([id, p.name, "any", undefined]);
    }
  });

  it("makes every function streaming and none volatile", () => {
    for (const f of metadata.functions) expect([f.id, f.options]).toEqual([f.id, { stream: true }]);
  });

  it("declares the results: text, numbers, a boolean, a spilled text matrix, and any for dates and cards", () => {
    const result = Object.fromEntries(metadata.functions.map((f) => [f.id, f.result]));
    expect(result).toEqual({
      QUADRANT: { type: "string" },
      AMOUNT: { type: "number" },
      CLOSENESS: { type: "number" },
      STRATEGY: { type: "string" },
      BORDERLINE: { type: "boolean" },
      LASTCONTACT: {},
      NEXTVISIT: {},
      QUADRANTOF: { type: "string" },
      PLAN: { type: "string", dimensionality: "matrix" },
      CUSTOMER: {},
      GAPS: { type: "string" },
      ASSETS: { type: "number" },
      TIER: { type: "string" },
      MOVED: { type: "string" },
      SEGMENT: { type: "string" },
      EXTRASALES: { type: "number" },
    });
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("has the en-US names and texts of the i18n catalog (the JSDoc and the strings agree)", () => {
    for (const f of metadata.functions) {
      expect(f.name).toBe(f.id);
      expect(f.name).toBe(t("en-US", `functions.${f.id}.name`));
      expect(f.description).toBe(t("en-US", `functions.${f.id}.description`));
      for (const p of f.parameters) expect(p.description).toBe(t("en-US", `functions.${f.id}.param.${p.name}`));
    }
  });
});

describe("the zh-CN functions file", () => {
  it("has the same ids, parameters, types and options; only names and descriptions change", () => {
    const strip = (f: Fn) => ({
      id: f.id,
      options: f.options,
      result: f.result,
      parameters: f.parameters.map(({ description: _d, ...rest }) => rest),
    });
    expect(zh.functions.map(strip)).toEqual(metadata.functions.map(strip));
    expect(zh.allowCustomDataForDataTypeAny).toBe(true);
  });

  it("names every function in Chinese with a name Excel accepts: letters, at least three, unique", () => {
    const names = zh.functions.map((f) => f.name);
    for (const name of names) {
      expect(name).toMatch(/^\p{L}[\p{L}0-9._]{2,}$/u);
      expect(name).toMatch(/\p{Script=Han}/u);
    }
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
    expect(Object.fromEntries(zh.functions.map((f) => [f.id, f.name]))).toMatchObject({
      QUADRANT: "客户象限",
      AMOUNT: "交易额",
      CLOSENESS: "紧密度",
    });
  });

  it("describes every function and parameter in Chinese", () => {
    for (const f of zh.functions) {
      expect(f.description).toMatch(/\p{Script=Han}/u);
      for (const p of f.parameters) expect(p.description).toMatch(/\p{Script=Han}/u);
    }
  });
});
