/**
 * A minimal streaming .xlsx writer for generated benchmark books: rows are turned into sheet XML
 * and deflated as they come (fflate's Zip), straight into a file, with the strings collected into
 * one shared-string table written last — the layout Excel itself saves (shared strings, a date
 * style on date cells, plain ranges). A million rows take seconds and little memory; exceljs would
 * build the whole model first. Bench-only: the add-in writes files through `src/xlsx`.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { columnLetters } from "../src/core/a1";

export interface SheetOut {
  name: string;
  /** Rows in order, the header first; numbers in `dateColumns` are written as dates (serials under a date format). */
  rows: Iterable<(string | number | null)[]>;
  dateColumns?: ReadonlySet<number>;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Bytes of XML gathered before a piece is handed to the deflater. */
const PIECE = 1 << 20;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function writeXlsx(path: string, sheets: SheetOut[], level: 1 | 6 = 6): void {
  const fd = openSync(path, "w");
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else writeSync(fd, data);
  });
  const part = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  const strings = new Map<string, number>();
  const stringIndex = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };

  sheets.forEach((sheet, n) => {
    const file = new ZipDeflate(`xl/worksheets/sheet${n + 1}.xml`, { level });
    zip.add(file);
    let buf = `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;
    let r = 0;
    for (const row of sheet.rows) {
      r++;
      buf += `<row r="${r}">`;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === "") continue;
        const ref = `${columnLetters(c)}${r}`;
        if (typeof v === "string") buf += `<c r="${ref}" t="s"><v>${stringIndex(v)}</v></c>`;
        else buf += `<c r="${ref}"${sheet.dateColumns?.has(c) && r > 1 ? ' s="1"' : ""}><v>${v}</v></c>`;
      }
      buf += "</row>";
      if (buf.length >= PIECE) {
        file.push(strToU8(buf));
        buf = "";
      }
    }
    file.push(strToU8(`${buf}</sheetData></worksheet>`), true);
  });

  let sst = `${XML_HEAD}<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">`;
  for (const s of strings.keys()) sst += `<si><t>${escape(s)}</t></si>`;
  part("xl/sharedStrings.xml", `${sst}</sst>`);
  part(
    "xl/styles.xml",
    `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  const sheetList = sheets.map((s, n) => `<sheet name="${escape(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`).join("");
  part("xl/workbook.xml", `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><sheets>${sheetList}</sheets></workbook>`);
  const rels = sheets.map((_, n) => `<Relationship Id="rId${n + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets.length + 2}" Type="${REL}/styles" Target="styles.xml"/>`);
  part("xl/_rels/workbook.xml.rels", `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`);
  part("_rels/.rels", `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const overrides = sheets.map((_, n) => `<Override PartName="/xl/worksheets/sheet${n + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join("");
  part(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`,
  );
  zip.end();
  closeSync(fd);
  if (failure) throw failure;
}
