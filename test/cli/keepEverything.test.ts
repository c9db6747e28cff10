/**
 * `score --out` writes into the original package: a workbook with a chart, data validation,
 * conditional formats, comments, print titles and an Excel table keeps all of them — every part
 * the add-in does not own is byte-equal, the customer sheet differs only in its cells — and
 * LibreOffice opens the copy.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { crm } from "./harness";
import { buildXlsx, date, editPart, patchXlsx, sha256, tempDir, writeTemp } from "../fixtures/workbooks";
import { existsSync } from "node:fs";
import { richBook } from "../fixtures/richBook";

const AS_OF = "2026-06-30";
const SOFFICE = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();

async function parts(path: string): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async("uint8array"));
  return out;
}

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString("utf8");
/** The sheet without its cells and its (optional) dimension hint: everything else must be as it was. */
const outsideCells = (xml: string) =>
  xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "").replace(/<dimension [^>]*\/>/, "");

describe("score --out keeps everything it does not own", () => {
  const dir = tempDir();
  let input: string;
  let out: string;
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;

  beforeAll(async () => {
    input = writeTemp(dir, "rich.xlsx", await richBook());
    out = join(dir, "rich-scored.xlsx");
    const result = await crm(["score", input, "--as-of", AS_OF, "--out", out]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    [before, after] = [await parts(input), await parts(out)];
  });

  it("copies every part but the customer sheet, the styles, the customer table and the workbook's names byte for byte", () => {
    const owned = ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/tables/table1.xml", "xl/workbook.xml"];
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) {
      if (owned.includes(name)) continue;
      expect({ name, same: Buffer.compare(Buffer.from(after.get(name)!), Buffer.from(bytes)) === 0 }).toEqual({
        name,
        same: true,
      });
    }
    // The chart, its drawing, the comments and the print titles are among them.
    for (const name of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/workbook.xml",
    ]) {
      expect(after.has(name)).toBe(true);
    }
    expect(text(after.get("xl/workbook.xml"))).toContain("_xlnm.Print_Titles");
  });

  it("changes the customer sheet only in its cells: validation, conditional formats, drawing, comments and table stay", () => {
    const [a, b] = [text(before.get("xl/worksheets/sheet1.xml")), text(after.get("xl/worksheets/sheet1.xml"))];
    expect(outsideCells(b)).toBe(outsideCells(a));
    for (const kept of [
      "<dataValidations",
      "<conditionalFormatting",
      '<drawing r:id="rIdChart1"/>',
      "<legacyDrawing",
      "<tableParts",
    ])
      expect(b).toContain(kept);
    // The user's cells are still there, as they were.
    for (const cell of a.match(/<c r="[A-C]\d+"[^>]*>[\s\S]*?<\/c>/g)!) expect(b).toContain(cell);
    expect(b).toMatch(/<c r="D2"[^>]*t="inlineStr"><is><t>I+V?<\/t><\/is><\/c>/);
  });

  it("grows the customer table over the computed columns and keeps its own", () => {
    const table = text(after.get("xl/tables/table1.xml"));
    expect(table).toMatch(/ref="A1:K5"/);
    expect(table).toContain('tableColumns count="11"');
    for (const name of ["客户编号", "客户名称", "客户等级", "象限", "下次拜访"])
      expect(table).toContain(`name="${name}"`);
  });

  it("adds number formats and the computed headers' marker to the styles and keeps every style it had", () => {
    const [a, b] = [text(before.get("xl/styles.xml")), text(after.get("xl/styles.xml"))];
    expect(b).toContain('formatCode="yyyy-mm-dd"');
    expect(b).toContain('<fgColor rgb="FF5B3F8C"/>');
    for (const list of ["cellXfs", "fonts", "fills"]) {
      const body = (x: string) => new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(x)![1];
      expect(body(b).startsWith(body(a))).toBe(true);
    }
    const rest = (x: string) =>
      ["numFmts", "cellXfs", "fonts", "fills"].reduce((t, list) => t.replace(new RegExp(`<${list}[\\s\\S]*?</${list}>`), ""), x);
    expect(rest(b)).toBe(rest(a));
  });

  it("records the computed columns by hidden names in the workbook and keeps the names it had", () => {
    const [a, b] = [text(before.get("xl/workbook.xml")), text(after.get("xl/workbook.xml"))];
    const names = (x: string) => /<definedNames>([\s\S]*?)<\/definedNames>/.exec(x)?.[1] ?? "";
    expect(names(b).startsWith(names(a))).toBe(true);
    expect(names(b)).toContain('<definedName name="crmColumn_quadrant" hidden="1">');
    expect(b.replace(/<definedNames>[\s\S]*?<\/definedNames>/, "")).toBe(a.replace(/<definedNames>[\s\S]*?<\/definedNames>/, ""));
  });

  (SOFFICE ? it : it.skip)(
    `opens in LibreOffice with the computed cells (${SOFFICE ? SOFFICE : "skipped: soffice is not installed — apt-get install libreoffice-calc-nogui"})`,
    () => {
      const outDir = join(dir, "csv");
      execFileSync(
        SOFFICE,
        [
          "--headless",
          "--norestore",
          `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76",
          "--outdir",
          outDir,
          out,
        ],
        {
          stdio: "pipe",
          timeout: 120_000,
        },
      );
      const csv = readFileSync(join(outDir, readdirSync(outDir)[0]), "utf8")
        .trim()
        .split("\n");
      expect(csv[0]).toBe("客户编号,客户名称,客户等级,象限,交易额,紧密度,临界,策略,最近联系,下次拜访,客户细分");
      expect(csv).toHaveLength(5);
      // Quadrant, amount as #,##0.00, closeness as 0.000, and both dates shown as yyyy-mm-dd.
      for (const row of csv.slice(1))
        expect(row).toMatch(
          /^C00\d,[^,]+,[ABC],(I|II|III|IV),"?[\d,]+\.\d\d"?,\d\.\d{3},.*,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d,$/,
        );
    },
  );
});

describe("score --out refuses what it cannot keep", () => {
  it("names a formula in a column the add-in computes, writes nothing and leaves the input alone", async () => {
    const dir = tempDir();
    // The 象限 column is the add-in's (its hidden name says so), and someone typed a formula into it.
    const owned = (bytes: Uint8Array) =>
      patchXlsx(bytes, (zip) =>
        editPart(zip, "xl/workbook.xml", (x) => x.replace(/<\/sheets>/, `</sheets><definedNames><definedName name="crmColumn_quadrant" hidden="1">'客户'!$C$1</definedName></definedNames>`)),
      );
    const input = writeTemp(
      dir,
      "formula.xlsx",
      await owned(await buildXlsx([
        {
          name: "客户",
          rows: [
            ["客户编号", "客户名称", "象限"],
            ["C1", "甲", { formula: 'IF(1,"I","II")', result: "I" }],
          ],
        },
        {
          name: "购买记录",
          rows: [
            ["客户编号", "日期", "金额"],
            ["C1", date("2026-05-01"), 10],
          ],
        },
      ])),
    );
    const before = sha256(input);
    const out = join(dir, "formula-out.xlsx");
    const result = await crm(["score", input, "--as-of", AS_OF, "--out", out, "--lang", "en-US"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Cannot use ${input}: the scored copy cannot be written without losing something: there is a formula in a column the add-in computes (cell C2); writing would lose it — delete it first. Nothing was written.\n`,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(["formula.xlsx"]);
    expect(sha256(input)).toBe(before);
  });
});
