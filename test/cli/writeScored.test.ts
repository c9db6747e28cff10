import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { crm } from "./harness";
import { readGrid } from "../../src/xlsx/grid";
import { t } from "../../src/core/i18n";
import {
  buildXlsx,
  cellMap,
  date,
  editPart,
  enRangeBook,
  patchXlsx,
  sha256,
  tempDir,
  writeTemp,
  zhTableBook,
} from "../fixtures/workbooks";

const AS_OF = "2026-06-30";
const COMPUTED_ZH = ["象限", "交易额", "紧密度", "临界", "策略", "最近联系", "下次拜访", "客户细分"];

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as never);
  return wb;
}

function withoutTrailingNulls<T>(row: T[]): T[] {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

function tableParts(zip: JSZip): string[] {
  return Object.keys(zip.files).filter((p) => p.startsWith("xl/tables/") && !zip.files[p].dir);
}

/** Cells of the copy that differ from the original, as `Sheet!A1`. */
async function changedCells(original: string, copy: string): Promise<string[]> {
  const [a, b] = [await cellMap(readFileSync(original)), await cellMap(readFileSync(copy))];
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

describe("crm score --out", () => {
  const dir = tempDir();

  it("writes the computed columns into the customer table and changes no other cell", async () => {
    const input = writeTemp(dir, "in.xlsx", await zhTableBook());
    const before = sha256(input);
    const out = `${dir}/out.xlsx`;
    const { code, stdout } = await crm(["score", input, "--as-of", AS_OF, "--out", out, "--json"]);
    expect(code).toBe(0);
    expect(sha256(input)).toBe(before);

    const changed = await changedCells(input, out);
    // Only columns D… J of the customer sheet (header row and four customers) are new.
    expect(changed.every((k) => /^客户!([D-K])[1-5]$/.test(k))).toBe(true);
    expect(changed.filter((k) => k.endsWith("1"))).toHaveLength(8);

    const ws = (await load(out)).getWorksheet("客户")!;
    expect(COMPUTED_ZH.map((_, i) => ws.getCell(1, 4 + i).value)).toEqual(COMPUTED_ZH);
    const scores = JSON.parse(stdout);
    scores.forEach((s: { quadrant: string; amount: number; closeness: number }, i: number) => {
      expect(ws.getCell(2 + i, 4).value).toBe(s.quadrant);
      expect(ws.getCell(2 + i, 5).value).toBe(s.amount);
      expect(ws.getCell(2 + i, 6).value).toBe(s.closeness);
    });
    expect((ws.getCell(2, 9).value as Date).toISOString().slice(0, 10)).toBe("2026-05-20"); // last contact of C001
    expect(ws.getCell(2, 9).numFmt).toBe("yyyy-mm-dd");
  });

  it("grows the Excel table over the new columns and keeps its header row", async () => {
    const input = writeTemp(dir, "grow.xlsx", await zhTableBook());
    const out = `${dir}/grow-out.xlsx`;
    await crm(["score", input, "--as-of", AS_OF, "--out", out]);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const tables = await Promise.all(tableParts(zip).map((p) => zip.file(p)!.async("string")));
    const customers = tables.find((x) => x.includes('name="crmCustomers"'))!;
    expect(customers).toMatch(/ref="A1:K5"/);
    expect(customers).not.toMatch(/headerRowCount="0"/);
    for (const name of COMPUTED_ZH) expect(customers).toContain(`name="${name}"`);
  });

  it("keeps the header rows of tables saved by Excel, which exceljs would otherwise write as header-less", async () => {
    // Excel leaves out headerRowCount (default 1); exceljs reads that as "no header row".
    const input = writeTemp(
      dir,
      "excel-table.xlsx",
      await patchXlsx(await zhTableBook(), async (zip) => {
        for (const p of tableParts(zip)) {
          await editPart(zip, p, (x) => x.replace(' headerRowCount="1"', ""));
        }
      }),
    );
    const out = `${dir}/excel-table-out.xlsx`;
    await crm(["score", input, "--as-of", AS_OF, "--out", out]);
    const zip = await JSZip.loadAsync(readFileSync(out));
    for (const p of tableParts(zip)) {
      expect(await zip.file(p)!.async("string")).not.toMatch(/headerRowCount="0"/);
    }
    expect(await changedCells(input, out)).toEqual(expect.arrayContaining(["客户!D1"]));
  });

  it("appends to the right of a plain range, past a user's own column, in English for an English sheet", async () => {
    const input = writeTemp(dir, "plain.xlsx", await enRangeBook());
    const out = `${dir}/plain-out.xlsx`;
    await crm(["score", input, "--as-of", AS_OF, "--out", out]);
    const changed = await changedCells(input, out);
    expect(changed.every((k) => /^Customers!([D-K])([3-7])$/.test(k))).toBe(true);
    const ws = (await load(out)).getWorksheet("Customers")!;
    expect(ws.getCell("D3").value).toBe("Quadrant");
    expect(ws.getCell("J3").value).toBe("Next visit");
  });

  it("reuses existing computed columns when rescoring, so scoring twice gives the same copy", async () => {
    const input = writeTemp(dir, "twice.xlsx", await zhTableBook());
    const once = `${dir}/once.xlsx`;
    const twice = `${dir}/twice-out.xlsx`;
    await crm(["score", input, "--as-of", AS_OF, "--out", once]);
    await crm(["score", once, "--as-of", AS_OF, "--out", twice]);
    expect(await changedCells(once, twice)).toEqual([]);
  });

  it("leaves a user's own 象限 column as it is (a caption alone is not the add-in's) and adds its own beside it, once", async () => {
    const book = await buildXlsx([
      {
        name: "客户",
        rows: [
          ["客户编号", "客户名称", "象限", "策略"],
          ["C1", "甲", "重点", "多拜访"],
          ["C2", "乙", "一般", "电话"],
        ],
      },
      { name: "购买记录", rows: [["客户编号", "日期", "金额"], ["C1", date("2026-05-01"), 5000], ["C2", date("2026-04-01"), 10]] },
    ]);
    const input = writeTemp(dir, "own-quadrant.xlsx", book);
    const once = `${dir}/own-quadrant-once.xlsx`;
    const twice = `${dir}/own-quadrant-twice.xlsx`;
    expect((await crm(["score", input, "--as-of", AS_OF, "--out", once])).code).toBe(0);
    const changed = await changedCells(input, once);
    // The user's columns A–D are untouched; the add-in's eight go to E… L.
    expect(changed.every((k) => /^客户!([E-L])[1-3]$/.test(k))).toBe(true);
    const ws = (await load(once)).getWorksheet("客户")!;
    expect([1, 2, 3].map((r) => [ws.getCell(`C${r}`).value, ws.getCell(`D${r}`).value])).toEqual([
      ["象限", "策略"],
      ["重点", "多拜访"],
      ["一般", "电话"],
    ]);
    expect(ws.getCell("E1").value).toBe(t("zh-CN", "excel.computed.suffixed", { caption: "象限" }));
    expect(ws.getCell("I1").value).toBe(t("zh-CN", "excel.computed.suffixed", { caption: "策略" }));
    expect(ws.getCell("F1").value).toBe("交易额");
    expect(["I", "II", "III", "IV"]).toContain(ws.getCell("E2").value);
    // The copy scored again finds the add-in's columns by their names: nothing moves.
    expect((await crm(["score", once, "--as-of", AS_OF, "--out", twice])).code).toBe(0);
    expect(await changedCells(once, twice)).toEqual([]);
  });

  it("finds its own columns by their header marker where the names are gone (a copy another program saved)", async () => {
    const input = writeTemp(dir, "marker.xlsx", await zhTableBook());
    const once = `${dir}/marker-once.xlsx`;
    await crm(["score", input, "--as-of", AS_OF, "--out", once]);
    const stripped = writeTemp(
      dir,
      "marker-stripped.xlsx",
      await patchXlsx(readFileSync(once), (zip) => editPart(zip, "xl/workbook.xml", (x) => x.replace(/<definedName name="crmColumn_[^"]*"[^>]*>[^<]*<\/definedName>/g, ""))),
    );
    const twice = `${dir}/marker-twice.xlsx`;
    expect((await crm(["score", stripped, "--as-of", AS_OF, "--out", twice])).code).toBe(0);
    expect(await changedCells(stripped, twice)).toEqual([]);
  });

  it("writes the copy of a workbook exceljs cannot open as it is (a table filtered by Top 10)", async () => {
    const input = writeTemp(
      dir,
      "filtered.xlsx",
      await patchXlsx(await zhTableBook(), (zip) =>
        editPart(zip, "xl/tables/table1.xml", (x) =>
          x.replace(
            /<autoFilter ref="([^"]+)">[\s\S]*?<\/autoFilter>/,
            '<autoFilter ref="$1"><filterColumn colId="0"><top10 val="3"/></filterColumn></autoFilter>',
          ),
        ),
      ),
    );
    const out = `${dir}/filtered-out.xlsx`;
    const result = await crm(["score", input, "--as-of", AS_OF, "--out", out]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    // exceljs cannot open the input (nor the copy, which keeps the filter), so both are read with our reader.
    const [a, b] = [await readGrid(readFileSync(input)), await readGrid(readFileSync(out))];
    expect(b.sheets.find((x) => x.name === "客户")!.rows[1][3]).toBe("I");
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file("xl/tables/table1.xml")!.async("string")).toContain('<top10 val="3"/>');
    expect(b.sheets.map((x) => x.name)).toEqual(a.sheets.map((x) => x.name));
    b.sheets.forEach((sheet, i) => {
      const withoutComputed =
        sheet.name === "客户" ? sheet.rows.map((r) => withoutTrailingNulls(r.slice(0, 3))) : sheet.rows;
      expect(withoutComputed).toEqual(a.sheets[i].rows);
    });
  });

  it("does not write over a user's notes beside a plain range", async () => {
    const input = writeTemp(
      dir,
      "notes.xlsx",
      await buildXlsx([
        {
          name: "客户",
          rows: [
            ["客户编号", "客户名称"],
            ["C1", "张伟", null, "别动我"],
            ["C2", "李娜"],
          ],
        },
        {
          name: "购买记录",
          rows: [
            ["客户编号", "日期", "金额"],
            ["C1", date("2026-05-01"), 10],
          ],
        },
      ]),
    );
    const out = `${dir}/notes-out.xlsx`;
    await crm(["score", input, "--as-of", AS_OF, "--out", out]);
    const ws = (await load(out)).getWorksheet("客户")!;
    expect(ws.getCell("D2").value).toBe("别动我");
    expect(ws.getCell("C1").value).toBeNull();
    expect(ws.getCell("E1").value).toBe("象限");
  });
});
