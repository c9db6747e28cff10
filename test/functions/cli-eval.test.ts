import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoXlsx } from "../../src/demo/writeDemo";
import { parseIsoDay } from "../../src/core/dates";
import { readBook } from "../../src/xlsx/readBook";
import { evalOverBook } from "../../src/cli/eval";
import type { ScoreJson } from "../../src/cli/score";
import { crm } from "../cli/harness";

// Reading .xlsx files and 5,000-row tables takes a while when the machine is busy.
jest.setTimeout(120_000);

const AS_OF = "2026-06-30";
const dir = mkdtempSync(join(tmpdir(), "crm-eval-"));

let file: string;
let scores: ScoreJson[];

beforeAll(async () => {
  file = join(dir, "demo.xlsx");
  writeFileSync(file, await demoXlsx({ lang: "zh-CN", asOf: parseIsoDay(AS_OF)!, customers: 40, seed: 1 }));
  const score = await crm(["score", file, "--as-of", AS_OF, "--json"]);
  expect(score.code).toBe(0);
  scores = JSON.parse(score.stdout);
  expect(scores).toHaveLength(40);
}, 120_000);

/** `"C001"` as a formula literal; a number ID as a number. */
const literal = (id: string) => `"${id.replace(/"/g, '""')}"`;

describe("crm eval", () => {
  it("agrees with crm score on every customer of the demo workbook", async () => {
    // The same bytes, read by the same reader; the formulas evaluated as the command does (one engine over the book).
    const raw = await readBook(new Uint8Array(readFileSync(file)));
    const fields = ["CUSTOMER", "QUADRANT", "AMOUNT", "CLOSENESS", "BORDERLINE", "STRATEGY"] as const;
    const formulas = scores.flatMap((s) => fields.map((f) => `=CRM.${f}(${literal(s.id)})`));
    const { results } = await evalOverBook(raw, formulas, { asOf: AS_OF }, { LANG: "C" });
    const evaluated = scores.map((s, i) => {
      const [name, quadrant, amount, closeness, borderline, strategy] = results.slice(
        i * fields.length,
        (i + 1) * fields.length,
      );
      return { id: s.id, name, quadrant, amount, closeness, borderline, strategy };
    });
    expect(evaluated).toEqual(scores);
    expect(new Set(scores.map((s) => s.quadrant))).toEqual(new Set(["I", "II", "III", "IV"]));
  });

  it("agrees with crm score through the command itself, for a customer of each quadrant", async () => {
    for (const q of ["I", "II", "III", "IV"]) {
      const s = scores.find((x) => x.quadrant === q)!;
      const out = await crm(["eval", file, `=CRM.QUADRANT(${literal(s.id)})`, "--as-of", AS_OF, "--json"]);
      expect(JSON.parse(out.stdout)).toEqual({ value: q });
    }
  }, 120_000);

  it("prints a value and exits 0, end to end", async () => {
    const s = scores[0];
    const quadrant = await crm(["eval", file, `=CRM.QUADRANT(${literal(s.id)})`, "--as-of", AS_OF]);
    expect(quadrant).toEqual({ code: 0, stdout: `${s.quadrant}\n`, stderr: "" });
    const json = await crm(["eval", file, `=CRM.AMOUNT(${literal(s.id)})`, "--as-of", AS_OF, "--json"]);
    expect(JSON.parse(json.stdout)).toEqual({ value: s.amount });
    // A2 is the first customer's ID cell on the customer sheet.
    const byRef = await crm(["eval", file, "=CRM.CLOSENESS(A2)", "--as-of", AS_OF, "--json"]);
    expect(JSON.parse(byRef.stdout)).toEqual({ value: s.closeness });
  });

  it("prints a date as its serial with the calendar date beside it", async () => {
    const { code, stdout } = await crm(["eval", file, `=CRM.NEXTVISIT(${literal(scores[0].id)})`, "--as-of", AS_OF]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ \(\d{4}-\d\d-\d\d\)\n$/);
  });

  it("prints the Excel error code and message and exits 1", async () => {
    const unknown = await crm(["eval", file, '=CRM.QUADRANT("NOPE-1")', "--as-of", AS_OF, "--lang", "en-US"]);
    expect(unknown).toEqual({ code: 1, stdout: "#N/A No customer has the ID “NOPE-1”.\n", stderr: "" });
    const empty = await crm(["eval", file, '=CRM.QUADRANT("")', "--json", "--lang", "en-US"]);
    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.stdout)).toEqual({ error: "#VALUE!", message: "The customer ID is empty." });
  });

  it("exits 2 with one line for unusable input", async () => {
    const missing = await crm(["eval", join(dir, "nope.xlsx"), '=CRM.QUADRANT("C001")']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const notCrm = await crm(["eval", file, "=SUM(1,2)", "--lang", "en-US"]);
    expect(notCrm).toEqual({ code: 2, stdout: "", stderr: expect.stringContaining("Cannot read the formula") });
    const notABook = join(dir, "text.xlsx");
    writeFileSync(notABook, "hello");
    const bad = await crm(["eval", notABook, '=CRM.QUADRANT("C001")']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    const badDate = await crm(["eval", file, '=CRM.QUADRANT("C001")', "--as-of", "tomorrow"]);
    expect(badDate.code).toBe(2);
  });
});
