/**
 * The benchmark runs end to end (`--quick`, seconds) and its JSON carries every field issue 7
 * names. No timing is asserted: figures on a shared machine are for the report, not for tests.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

type Json = Record<string, unknown>;
const at = (o: unknown, path: string): unknown => path.split(".").reduce<unknown>((x, k) => (x as Json | null)?.[k], o);

describe("npm run bench -- --quick --json", () => {
  let report: Json;

  beforeAll(() => {
    const stdout = execFileSync(
      process.execPath,
      [require.resolve("tsx/cli"), "bench/run.ts", "--quick", "--json", "--no-build"],
      {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        timeout: 180_000,
      },
    );
    // One JSON object and nothing else on stdout.
    report = JSON.parse(stdout);
  }, 200_000);

  it("has every field of the issue as a number", () => {
    for (const path of [
      "scoring.customers",
      "scoring.purchases",
      "scoring.coreMs",
      "scoring.singlePassMs",
      "scoring.ratioToSinglePass",
      "scoring.cpuRatioToSinglePass",
      "memory.snapshotMB",
      "peer.customers",
      "peer.purchases",
      "peer.peerMs",
      "peer.coreMs",
      "peer.ratio",
      "incremental.msPerPurchase",
      "syncs.setup.100",
      "syncs.setup.10000",
      "syncs.refresh.100",
      "syncs.refresh.10000",
      "functions.cells",
      "functions.tableReads",
      "scale.customers",
      "scale.purchases",
      "scale.cliSeconds",
      "scale.cliPeakMB",
      "edit.syncs",
      "edit.bytesRead",
      "edit.ms",
      "todayTab.customers",
      "todayTab.entries",
      "todayTab.planMs",
      "todayTab.renderMs",
      "todayTab.openMs",
      "todayTab.peerMs",
      "todayTab.ratio",
      "team.books",
      "team.customers",
      "team.purchases",
      "team.seconds",
      "team.separateSeconds",
      "warehouse.customers",
      "warehouse.sqlMs",
      "warehouse.coreMs",
    ]) {
      expect([path, typeof at(report, path)]).toEqual([path, "number"]);
    }
    expect(at(report, "peer.engine")).toMatch(/^hyperformula /);
  });

  it("has the bundle fields (null only when there is no production build)", () => {
    for (const path of ["bundle.taskpaneGzipKB", "bundle.functionsGzipKB"]) {
      const v = at(report, path);
      expect(v === null || typeof v === "number").toBe(true);
    }
  });

  it("opens the Today tab with a day's work, not every candidate", () => {
    expect(at(report, "todayTab.withinCapacity")).toBe(true);
    expect(at(report, "todayTab.later")).toBeGreaterThan(0);
  });

  it("gets the same quadrant for every customer from the core and from the spreadsheet formulas", () => {
    expect(at(report, "peer.sameQuadrants")).toBe(true);
  });

  it("keeps the incremental index equal to a full rescore, and the floor equal to the core's sums", () => {
    expect(at(report, "incremental.matchesFull")).toBe(true);
    expect(at(report, "scoring.singlePassAgrees")).toBe(true);
  });

  it("scores every customer of the workbook it writes through the command line, and leaves LibreOffice out of a quick run", () => {
    expect(at(report, "scale.scoredAll")).toBe(true);
    expect(at(report, "scale.libreofficeSeconds")).toBeNull();
  });

  it("gets the same quadrant counts from crm team as from each book's crm score, and the same answers from crm sql in DuckDB as from the core", () => {
    expect(at(report, "team.agree")).toBe(true);
    expect(at(report, "warehouse.agree")).toBe(true);
  });

  it("answers a column of CRM.QUADRANT cells", () => {
    expect(at(report, "functions.allAnswered")).toBe(true);
  });
});
