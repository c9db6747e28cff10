/**
 * One reader per table (SPEC 2): each row read through the table's column handles, linked to its
 * customer, and kept as a record of the linked book — or left out, with the problem said at its
 * cell. Each reader has its own loop over `records()`: the column handles are resolved once,
 * before the loop, and the accessors inline into it (a callback per row was not inlined).
 */
import type { LinkedBook } from "../book";
import { formatDay } from "../dates";
import { type PaymentStatus, statusCode } from "../purchases";
import { type TableReader, show } from "../rows";
import type { Linker } from "./linker";
import type { CustomerLink } from "../nameLink";

export function readCustomers(t: TableReader, link: Linker, book: LinkedBook): void {
  const id = t.col("id");
  const name = t.col("name");
  const birthday = t.col("birthday");
  const potential = t.col("potential");
  for (const r = t.records(); r.next(); ) {
    const added = link.addCustomer(r, id);
    if (!added) continue;
    book.customers.push({
      index: book.customers.length,
      key: added.key,
      id: added.text,
      // Without a name column the ID stands in (said once, at the header: column.noName).
      name: name.at < 0 ? "" : r.requiredText(name, "warning"),
      row: r.row,
      birthday: r.date(birthday, false),
      cells: r.cells,
    });
    // Only where the sheet has the column: a book without one links exactly as before (linkReference).
    if (potential.at >= 0) book.customers[book.customers.length - 1].potential = r.amount(potential, false);
  }
}

export function readFollowUps(t: TableReader, link: CustomerLink, book: LinkedBook): void {
  const c = {
    id: t.col("id"),
    date: t.col("date"),
    nextDate: t.col("nextDate"),
    channel: t.col("channel"),
    summary: t.col("summary"),
    outcome: t.col("outcome"),
    nextAction: t.col("nextAction"),
  };
  for (const r = t.records(); r.next(); ) {
    const customer = link.customerOf(r, c.id);
    const day = r.date(c.date, true);
    const nextDay = r.date(c.nextDate, false);
    const channel = r.enumKey(c.channel, false);
    if (customer === undefined || day === undefined) continue;
    book.followUps.push({
      customer,
      row: r.row,
      day,
      channel,
      summary: r.text(c.summary),
      outcome: r.text(c.outcome),
      nextDay,
      nextAction: r.text(c.nextAction),
    });
  }
}

export function readPurchases(t: TableReader, link: CustomerLink, book: LinkedBook): void {
  const id = t.col("id");
  const date = t.col("date");
  const amountCol = t.col("amount");
  const status = t.col("paymentStatus");
  const product = t.col("product");
  const purchases = book.purchases;
  for (const r = t.records(); r.next(); ) {
    const customer = link.customerOf(r, id);
    const day = r.date(date, true);
    const amount = r.amount(amountCol, true);
    const code = statusCode(r.enumKey(status, false) as PaymentStatus | undefined);
    if (customer === undefined || day === undefined || amount === undefined) continue;
    purchases.pushCoded(customer, r.row, day, amount, code, r.interned(product, purchases));
  }
}

export function readAssets(t: TableReader, link: CustomerLink, book: LinkedBook): void {
  const c = {
    id: t.col("id"),
    reviewDate: t.col("reviewDate"),
    assetClass: t.col("assetClass"),
    value: t.col("value"),
    institution: t.col("institution"),
    riskLevel: t.col("riskLevel"),
    heldSince: t.col("heldSince"),
    maturity: t.col("maturity"),
    name: t.col("name"),
  };
  for (const r = t.records(); r.next(); ) {
    const customer = link.customerOf(r, c.id);
    const reviewDay = r.date(c.reviewDate, true);
    const assetClass = r.enumKey(c.assetClass, true);
    const value = r.amount(c.value, true);
    const institution = r.enumKey(c.institution, false);
    const riskLevel = r.enumKey(c.riskLevel, false);
    const heldSince = r.date(c.heldSince, false);
    const maturity = r.date(c.maturity, false);
    if (customer === undefined || reviewDay === undefined || assetClass === undefined || value === undefined) continue;
    book.assets.push({ customer, row: r.row, reviewDay, assetClass, name: r.text(c.name), institution, heldSince, maturity, riskLevel, value });
  }
}

export function readPolicies(t: TableReader, link: CustomerLink, book: LinkedBook): void {
  const c = {
    id: t.col("id"),
    insured: t.col("insured"),
    coverType: t.col("coverType"),
    sumInsured: t.col("sumInsured"),
    relationship: t.col("relationship"),
    insurer: t.col("insurer"),
    policyNo: t.col("policyNo"),
    premium: t.col("premium"),
    payment: t.col("payment"),
    paymentYears: t.col("paymentYears"),
    startDate: t.col("startDate"),
    endDate: t.col("endDate"),
  };
  for (const r = t.records(); r.next(); ) {
    const customer = link.customerOf(r, c.id);
    const insured = r.requiredText(c.insured, "error");
    const coverType = r.enumKey(c.coverType, true);
    const sumInsured = r.amount(c.sumInsured, true);
    const policy = {
      relationship: r.enumKey(c.relationship, false),
      insurer: r.text(c.insurer),
      policyNo: r.text(c.policyNo),
      premium: r.amount(c.premium, false),
      payment: r.enumKey(c.payment, false),
      paymentYears: r.number(c.paymentYears),
      startDay: r.date(c.startDate, false),
      endDay: r.date(c.endDate, false),
    };
    if (customer === undefined || !insured || coverType === undefined || sumInsured === undefined) continue;
    if (policy.startDay !== undefined && policy.endDay !== undefined && policy.endDay < policy.startDay) {
      // Neither date can be trusted: never a renewal, never counted as in force until fixed.
      r.report("error", "policy.endBeforeStart", c.endDate, { start: formatDay(policy.startDay), end: formatDay(policy.endDay) });
      book.policies.push({ customer, row: r.row, insured, coverType, sumInsured, ...policy, endDay: undefined, endBeforeStart: true });
      continue;
    }
    book.policies.push({ customer, row: r.row, insured, coverType, sumInsured, ...policy });
  }
}

export function readOpportunities(t: TableReader, link: CustomerLink, book: LinkedBook): void {
  const c = {
    id: t.col("id"),
    project: t.col("project"),
    stage: t.col("stage"),
    amount: t.col("amount"),
    expectedClose: t.col("expectedClose"),
    stageDate: t.col("stageDate"),
    guide: t.col("guide"),
    buyer: t.col("buyer"),
    user: t.col("user"),
    gatekeeper: t.col("gatekeeper"),
    decisionMaker: t.col("decisionMaker"),
    rep: t.col("rep"),
  };
  for (const r = t.records(); r.next(); ) {
    const customer = link.customerOf(r, c.id);
    const project = r.requiredText(c.project, "error");
    const stage = r.enumKey(c.stage, true);
    const rec = {
      amount: r.amount(c.amount, false),
      expectedClose: r.date(c.expectedClose, false),
      stageDay: r.date(c.stageDate, false),
      guide: r.text(c.guide),
      buyer: r.text(c.buyer),
      user: r.text(c.user),
      gatekeeper: r.text(c.gatekeeper),
      decisionMaker: r.text(c.decisionMaker),
      rep: r.text(c.rep),
    };
    if (customer === undefined || !project || stage === undefined) continue;
    book.opportunities.push({ customer, id: show(r.cell(c.id)).trim(), row: r.row, project, stage, ...rec });
  }
}
