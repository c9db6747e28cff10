import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { i18nLookup, localizeFunctionsMetadata } from "../scripts/localize-functions-metadata";

const generated = JSON.stringify({
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "QUADRANT",
      name: "QUADRANT",
      description: "The customer's quadrant.",
      parameters: [{ name: "id", description: "Customer ID.", type: "string" }],
      result: { type: "string" },
    },
    { id: "PLAN", name: "PLAN", description: "Today's plan.", result: { type: "string", dimensionality: "matrix" } },
  ],
});

const zh: Record<string, string> = {
  "functions.QUADRANT.name": "象限",
  "functions.QUADRANT.description": "客户所在象限。",
  "functions.QUADRANT.param.id": "客户编号。",
  "functions.PLAN.name": "今日计划",
  "functions.PLAN.description": "今日拜访计划。",
};

describe("localized custom-function metadata", () => {
  it("replaces names and descriptions and keeps ids, types and other fields", () => {
    const { json, missing } = localizeFunctionsMetadata(generated, (key) => zh[key]);
    expect(missing).toEqual([]);
    expect(JSON.parse(json)).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "QUADRANT",
          name: "象限",
          description: "客户所在象限。",
          parameters: [{ name: "id", description: "客户编号。", type: "string" }],
          result: { type: "string" },
        },
        {
          id: "PLAN",
          name: "今日计划",
          description: "今日拜访计划。",
          result: { type: "string", dimensionality: "matrix" },
        },
      ],
    });
  });

  it("lists every missing or empty string by its i18n key", () => {
    const partial: Record<string, string | undefined> = {
      ...zh,
      "functions.QUADRANT.param.id": "",
      "functions.PLAN.name": undefined,
    };
    const { missing } = localizeFunctionsMetadata(generated, (key) => partial[key]);
    expect(missing).toEqual(["functions.QUADRANT.param.id", "functions.PLAN.name"]);
  });

  it("passes empty metadata (a functions file without functions yet) through unchanged", () => {
    expect(localizeFunctionsMetadata("", () => undefined)).toEqual({ json: "", missing: [] });
  });

  it("has a zh-CN string for every name and description of the real functions", async () => {
    const result = await generateCustomFunctionsMetadata([join(__dirname, "../src/functions/functions.ts")], true);
    expect(result.errors).toEqual([]);
    expect(localizeFunctionsMetadata(result.metadataJson, i18nLookup("zh-CN")).missing).toEqual([]);
  });
});
