/**
 * `crm team --out team.xlsx`: a new workbook for the manager — one row per rep (quadrant counts
 * and amounts, the revenue mix against seeds/003's 75/15/10, problems, today's plan, contacts,
 * movements; a book that could not be read keeps its row, with its error), the team's totals and
 * the rule of thumb under them, two native column charts (the quadrant mix per rep, stacked; the
 * revenue mix per rep beside the team and 75/15/10, as shares of 100 %), and a sheet of the
 * customers found in more than one book. Written from scratch as SpreadsheetML (no template, no
 * exceljs): a handful of parts, inline strings, three number formats.
 */
import { strToU8, zipSync } from "fflate";
import { type Lang, t } from "../core/i18n";
import { formatDay } from "../core/dates";
import { columnLetters } from "../core/a1";
import { QUADRANTS } from "../core/strategy";
import { MIX_PARTS, RULE_OF_THUMB } from "../core/revenueMix";
import { type RepFigures, mixShares } from "../core/team/summary";
import { QUADRANT_COLORS } from "../excel/palette";
import type { TeamReport } from "../core/team/report";
import { columnChartXml, drawingXml } from "./chartXml";
import { escapeXml } from "./sheetXml";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Style indexes of styles.xml below. */
const S = { text: 0, head: 1, money: 2, pct: 3, headMoney: 4, headPct: 5, int: 6, headInt: 7 } as const;
const MIX_COLORS = { existing: "0072B2", crossSell: "009E73", newCustomers: "E69F00" } as const;

type Value = string | number | null;
interface Cell {
  v: Value;
  s: number;
}

/** Characters XML 1.0 cannot carry (a control character pasted into a name) are dropped. */
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

/** Printed landscape, one page wide: the manager's meeting handout. */
function sheetXml(rows: Cell[][], widths: number[], drawing: boolean): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((c, i) => {
          if (c.v === null || c.v === "") return c.s ? `<c r="${columnLetters(i)}${r + 1}" s="${c.s}"/>` : "";
          const ref = `${columnLetters(i)}${r + 1}`;
          return typeof c.v === "number"
            ? `<c r="${ref}" s="${c.s}"><v>${c.v}</v></c>`
            : `<c r="${ref}" s="${c.s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(clean(c.v))}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0">` +
    `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<cols>${cols}</cols><sheetData>${body}</sheetData>` +
    `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `${drawing ? `<drawing r:id="rId1"/>` : ""}</worksheet>`
  );
}

const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="8">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `<xf numFmtId="9" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="1" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `</cellXfs></styleSheet>`;

/** The team sheet's columns: caption key, width, and the cell of a rep's (or the totals') figures. */
function teamColumns(lang: Lang) {
  const q = (quadrant: string, what: "count" | "amount") => (what === "count" ? quadrant : t(lang, "team.xlsx.amountOf", { quadrant }));
  type Col = { head: string; width: number; cell: (f: FiguresLike, bold: boolean) => Cell };
  const int = (v: number, bold: boolean): Cell => ({ v, s: bold ? S.headInt : S.int });
  const money = (v: number, bold: boolean): Cell => ({ v, s: bold ? S.headMoney : S.money });
  const pct = (v: number | undefined, bold: boolean): Cell => ({ v: v ?? null, s: bold ? S.headPct : S.pct });
  const cols: Col[] = [
    { head: t(lang, "team.xlsx.customers"), width: 10, cell: (f, b) => int(f.customers, b) },
    ...QUADRANTS.map((x): Col => ({ head: q(x, "count"), width: 7, cell: (f, b) => int(f.quadrants[x].count, b) })),
    ...QUADRANTS.map((x): Col => ({ head: q(x, "amount"), width: 17, cell: (f, b) => money(f.quadrants[x].amount, b) })),
    ...MIX_PARTS.map((p): Col => ({ head: t(lang, `team.xlsx.mix.${p}`), width: 17, cell: (f, b) => money(f.revenueMix[p], b) })),
    ...MIX_PARTS.map((p): Col => ({ head: t(lang, `team.xlsx.share.${p}`), width: 11, cell: (f, b) => pct(mixShares(f.revenueMix)?.[p], b) })),
    { head: t(lang, "team.xlsx.errors"), width: 8, cell: (f, b) => int(f.problems.errors, b) },
    { head: t(lang, "team.xlsx.warnings"), width: 8, cell: (f, b) => int(f.problems.warnings, b) },
    { head: t(lang, "team.xlsx.planToday"), width: 10, cell: (f, b) => int(f.planToday, b) },
    { head: t(lang, "team.xlsx.contacts"), width: 12, cell: (f, b) => int(f.contactsLast30Days, b) },
    { head: t(lang, "team.xlsx.down"), width: 9, cell: (f, b) => (f.movements ? int(f.movements.warning, b) : { v: null, s: 0 }) },
    { head: t(lang, "team.xlsx.up"), width: 9, cell: (f, b) => (f.movements ? int(f.movements.good, b) : { v: null, s: 0 }) },
  ];
  return cols;
}

type FiguresLike = Omit<RepFigures, "movements"> & { movements: { warning: number; good: number } | null };

export function teamWorkbook(r: TeamReport, lang: Lang): Uint8Array {
  const cols = teamColumns(lang);
  const head = (v: string): Cell => ({ v, s: S.head });
  const header = [head(t(lang, "team.xlsx.rep")), head(t(lang, "team.xlsx.file")), ...cols.map((c) => head(c.head)), head(t(lang, "team.xlsx.error"))];
  const rows: Cell[][] = [header];
  for (const rep of r.reps) {
    const first = [{ v: rep.rep, s: S.text }, { v: rep.file, s: S.text }];
    rows.push(rep.figures ? [...first, ...cols.map((c) => c.cell(rep.figures!, false))] : [...first, ...cols.map(() => ({ v: null, s: 0 })), { v: rep.error![lang], s: 0 }]);
  }
  rows.push([head(t(lang, "team.xlsx.totals")), head(""), ...cols.map((c) => c.cell(r.totals, true))]);
  // The rule of thumb as a row of its own, so the revenue-mix chart draws it beside the reps.
  const shareAt = cols.findIndex((c) => c.head === t(lang, "team.xlsx.share.existing")) + 2;
  const rule: Cell[] = [head(t(lang, "team.xlsx.rule")), head(t(lang, "team.xlsx.ruleSource"))];
  for (let i = 2; i < shareAt; i++) rule.push({ v: null, s: 0 });
  for (const p of MIX_PARTS) rule.push({ v: RULE_OF_THUMB[p], s: S.headPct });
  rows.push(rule);

  const sheet = t(lang, "team.xlsx.sheet");
  const ref = (col: number, from: number, to = from) => `'${sheet.replace(/'/g, "''")}'!$${columnLetters(col)}$${from}${to === from ? "" : `:$${columnLetters(col)}$${to}`}`;
  const last = rows.length; // worksheet row of the rule of thumb
  const repRows = r.reps.length;
  const names = r.reps.map((x) => x.rep);
  const countAt = 3; // column D: quadrant I's count
  const quadrantChart = columnChartXml({
    title: t(lang, "team.xlsx.quadrantChart", { date: formatDay(r.asOf) }),
    grouping: "percentStacked",
    categoriesRef: ref(0, 2, repRows + 1),
    categories: names,
    valueFormat: "0%",
    series: QUADRANTS.map((q, i) => ({
      nameRef: ref(countAt + i, 1),
      name: q,
      valuesRef: ref(countAt + i, 2, repRows + 1),
      values: r.reps.map((x) => x.figures?.quadrants[q].count ?? null),
      color: QUADRANT_COLORS[q].strong.slice(1),
    })),
  });
  const mixChart = columnChartXml({
    title: t(lang, "team.xlsx.mixChart"),
    grouping: "percentStacked",
    categoriesRef: ref(0, 2, last),
    categories: [...names, t(lang, "team.xlsx.totals"), t(lang, "team.xlsx.rule")],
    valueFormat: "0%",
    series: MIX_PARTS.map((p, i) => ({
      nameRef: ref(shareAt + i, 1),
      name: t(lang, `team.xlsx.share.${p}`),
      valuesRef: ref(shareAt + i, 2, last),
      values: [...r.reps.map((x) => (x.figures ? (mixShares(x.figures.revenueMix)?.[p] ?? null) : null)), mixShares(r.totals.revenueMix)?.[p] ?? null, RULE_OF_THUMB[p]],
      color: MIX_COLORS[p],
    })),
  });
  const chartTop = last + 1;
  const chartRows = 18;

  const sharedHeader = [head(t(lang, "team.xlsx.sharedId")), ...(r.anonymized ? [] : [head(t(lang, "team.xlsx.sharedName"))]), head(t(lang, "team.xlsx.sharedMatch")), head(t(lang, "team.xlsx.sharedReps"))];
  const sharedRows: Cell[][] = [
    sharedHeader,
    ...r.shared.map((s) => [
      { v: s.id, s: 0 },
      ...(r.anonymized ? [] : [{ v: s.name, s: 0 }]),
      { v: t(lang, `team.xlsx.match.${s.match}`), s: 0 },
      { v: s.reps.join(lang === "zh-CN" ? "、" : ", "), s: 0 },
    ]),
  ];

  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
      `<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    "_rels/.rels":
      `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    "docProps/core.xml":
      `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:title>${escapeXml(t(lang, "team.xlsx.quadrantChart", { date: formatDay(r.asOf) }))}</dc:title></cp:coreProperties>`,
    "xl/workbook.xml":
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      `<sheet name="${escapeXml(sheet)}" sheetId="1" r:id="rId1"/><sheet name="${escapeXml(t(lang, "team.xlsx.sharedSheet"))}" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": STYLES,
    "xl/worksheets/sheet1.xml": sheetXml(rows, [16, 22, ...cols.map((c) => c.width), 50], true),
    "xl/worksheets/_rels/sheet1.xml.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
    "xl/worksheets/sheet2.xml": sheetXml(sharedRows, r.anonymized ? [16, 10, 40] : [16, 16, 10, 40], false),
    "xl/drawings/drawing1.xml": drawingXml([
      { col: 0, row: chartTop, toCol: 8, toRow: chartTop + chartRows },
      { col: 9, row: chartTop, toCol: 19, toRow: chartTop + chartRows },
    ]),
    "xl/drawings/_rels/drawing1.xml.rels":
      `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/chart" Target="../charts/chart2.xml"/></Relationships>`,
    "xl/charts/chart1.xml": quadrantChart,
    "xl/charts/chart2.xml": mixChart,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}
