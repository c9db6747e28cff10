import { linkBook } from "../book";
import { book, table } from "../../../test/support/rawBook";
import { searchCustomers } from "./search";

const customers = table(
  "Customers",
  ["Customer ID", "Name", "Phone"],
  [
    ["C001", "Zhang Wei", "138-0013-8000"],
    ["C002", "王芳", "13900139000"],
    ["C010", "Li Na", ""],
    ["C011", "Wang Fang", "+86 137 0000 1111"],
  ],
);
const linked = linkBook(book({ customers }));
const names = (q: string) => searchCustomers(linked, q).map((h) => linked.customers[h.index].name);

describe("searching customers", () => {
  it("finds by ID whatever the width or case, the exact ID first", () => {
    expect(names("ｃ０１０")).toEqual(["Li Na"]);
    expect(names("c01")).toEqual(["Li Na", "Wang Fang"]);
  });

  it("finds by name in either script and by part of it", () => {
    expect(names("王芳")).toEqual(["王芳"]);
    expect(names("wang")).toEqual(["Wang Fang"]);
  });

  it("finds by phone number typed without separators", () => {
    expect(names("13800138000")).toEqual(["Zhang Wei"]);
    expect(names("1370000")).toEqual(["Wang Fang"]);
  });

  it("forgives one typo in a name, but not in a two-letter query", () => {
    expect(names("zhnag")).toEqual(["Zhang Wei"]);
    expect(names("wnag fang")).toEqual(["Wang Fang"]);
    expect(names("xq")).toEqual([]);
  });

  it("finds nothing for an empty query", () => {
    expect(names("  ")).toEqual([]);
  });
});
