/**
 * Progress and cancelling on the in-memory Excel: the host reports its stages in order (a sliced
 * read slice by slice) without a sync more than a silent run, and a cancel honoured before the
 * first write leaves every cell, table and name as it was.
 */
import { type Stage, type Tick, isCancelled } from "../../src/core/progress";
import { chinesePlainBook, open, scoredBook } from "./support";

/** Stages in the order they were first reported. */
function stagesOf(ticks: readonly Tick[]): Stage[] {
  return ticks.map((t) => t.stage).filter((s, i, all) => all.indexOf(s) === i);
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the operation to be cancelled");
}

describe("progress of a refresh", () => {
  test("reports reading, scoring, writing and done in that order, each stage only moving forward", async () => {
    const { host } = await scoredBook(50);
    const ticks: Tick[] = [];
    await host.refresh("zh-CN", { onProgress: (t) => ticks.push(t) });
    expect(stagesOf(ticks)).toEqual(["reading", "scoring", "writing", "done"]);
    expect(ticks[ticks.length - 1].stage).toBe("done");
    for (let i = 1; i < ticks.length; i++)
      if (ticks[i].stage === ticks[i - 1].stage) expect(ticks[i].done).toBeGreaterThanOrEqual(ticks[i - 1].done);
    // Scoring counts the customers.
    expect(ticks.filter((t) => t.stage === "scoring").map((t) => [t.done, t.total])).toEqual([
      [0, 50],
      [50, 50],
    ]);
  });

  test("costs no sync more than a refresh nobody watches", async () => {
    const silent = await scoredBook(200);
    silent.fake.stats.resetCounts();
    await silent.host.refresh("zh-CN");
    const watched = await scoredBook(200);
    watched.fake.stats.resetCounts();
    await watched.host.refresh("zh-CN", { onProgress: () => undefined, signal: new AbortController().signal });
    expect(watched.fake.stats.syncs).toBe(silent.fake.stats.syncs);
  });

  test("a read sliced under a small response limit reports each slice, its rows growing to the whole book", async () => {
    const { fake, host } = await scoredBook(3_000, { limits: { maxPayloadBytes: 60_000 } });
    await host.refresh("zh-CN"); // learns the sizes, so the next read is planned in slices
    fake.stats.resetCounts();
    const ticks: Tick[] = [];
    await host.refresh("zh-CN", { onProgress: (t) => ticks.push(t) });
    const reading = ticks.filter((t) => t.stage === "reading" && t.done > 0);
    // discover, then one tick per slice: as many reading ticks as reading syncs, and more than a few.
    expect(reading.length).toBeGreaterThan(3);
    const last = reading[reading.length - 1];
    expect(last.done).toBe(last.total);
    const rows = reading.map((t) => t.rows ?? 0);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    const book = await host.readBook();
    const bookRows = Object.values(book.tables).reduce((n, t) => n + t.rows.length, 0) + (book.history?.rows.length ?? 0);
    // Every row of the book was counted (the add-in's own tables, read alongside, count too).
    expect(last.rows).toBeGreaterThanOrEqual(bookRows);
  }, 60_000); // 3,000 customers refreshed twice, sliced: generous on a shared machine
});

describe("cancelling", () => {
  test.each(["reading", "scoring"] as const)(
    "a refresh cancelled while %s rejects as cancelled and leaves the book exactly as it was",
    async (stage) => {
      const { fake, host } = open();
      chinesePlainBook(fake, 30);
      await host.setup("zh-CN");
      const before = JSON.stringify(fake.workbook.dump());
      const controller = new AbortController();
      const error = await rejection(
        host.refresh("zh-CN", {
          signal: controller.signal,
          onProgress: (t) => {
            if (t.stage === stage) controller.abort();
          },
        }),
      );
      expect(isCancelled(error)).toBe(true);
      expect(JSON.stringify(fake.workbook.dump())).toBe(before);
      // And the next refresh runs as if nothing had happened.
      const result = await host.refresh("zh-CN");
      expect(result.written).toBe(30);
    },
  );

  test("a cancel that comes once the writing has begun is not honoured: the refresh finishes", async () => {
    const { fake, host } = await scoredBook(30);
    const controller = new AbortController();
    const result = await host.refresh("zh-CN", {
      signal: controller.signal,
      onProgress: (t) => {
        if (t.stage === "writing") controller.abort();
      },
    });
    expect(controller.signal.aborted).toBe(true);
    expect(result.written).toBe(30);
    const [header, ...rows] = fake.workbook.values("客户");
    const quadrants = rows.map((r) => r[header.indexOf("象限")]);
    expect(quadrants).toEqual(result.analysis.scores.map((s) => s.quadrant));
  });

  test("a set-up cancelled while it reads creates no table, sheet or column", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 10);
    const before = JSON.stringify(fake.workbook.dump());
    const controller = new AbortController();
    const ticks: Tick[] = [];
    const error = await rejection(
      host.setup("zh-CN", {
        signal: controller.signal,
        onProgress: (t) => {
          ticks.push(t);
          if (t.stage === "reading" && t.done === t.total) controller.abort();
        },
      }),
    );
    expect(isCancelled(error)).toBe(true);
    expect(stagesOf(ticks)).toEqual(["reading"]);
    expect(JSON.stringify(fake.workbook.dump())).toBe(before);
  });

  test("a set-up reports reading, writing, formatting and done in that order", async () => {
    const { fake, host } = open();
    chinesePlainBook(fake, 10);
    const ticks: Tick[] = [];
    await host.setup("zh-CN", { onProgress: (t) => ticks.push(t) });
    expect(stagesOf(ticks)).toEqual(["reading", "writing", "formatting", "done"]);
  });
});
