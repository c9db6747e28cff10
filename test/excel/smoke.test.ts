import { open, chinesePlainBook } from "./support";

test("smoke", async () => {
  const { fake, host } = open();
  chinesePlainBook(fake, 10);
  const r = await host.setup("zh-CN");
  console.log(JSON.stringify(r), fake.stats.syncs);
  console.log(JSON.stringify(fake.workbook.tablesInfo(), null, 0));
  fake.stats.resetCounts();
  const res = await host.refresh("zh-CN");
  console.log(fake.stats.syncs, res.written, res.reread, res.analysis.problems.length);
  console.log(JSON.stringify(fake.workbook.values("客户").slice(0, 4)));
});
