/**
 * Customers found in more than one rep's book (SPEC 8): the same normalized ID (SPEC 2's rule:
 * trimmed, NFKC, case-folded) or the same normalized phone. Two reps calling on one customer is
 * what a manager wants to know first — a conflict, or a household served twice.
 */
import { normalizeIdText } from "../parse/id";

/** What a book tells about one customer for this purpose. */
export interface CustomerKeys {
  /** Normalized ID. */
  key: string;
  /** The ID as written. */
  id: string;
  /** Normalized phone (`phoneKey`), "" when none. */
  phone: string;
  name: string;
}

export interface SharedCustomer {
  /** The ID as written in the first book that has the customer. */
  id: string;
  /** What tied the books together: the ID, else the phone. */
  match: "id" | "phone";
  /** The reps whose books hold the customer, in the order of the books. */
  reps: string[];
  /** The name as written in the first book (left out of anonymized output). */
  name: string;
  /** The phone as normalized (left out of anonymized output). */
  phone: string;
}

/**
 * A phone number for comparison: its digits, without a +86 / 0086 country prefix; undefined when
 * fewer than 7 digits remain (an extension, a typo — no basis for calling two customers one).
 */
export function phoneKey(text: string): string | undefined {
  let digits = text.normalize("NFKC").replace(/\D/g, "");
  if (/^0086\d{11}$/.test(digits)) digits = digits.slice(4);
  else if (/^86\d{11}$/.test(digits)) digits = digits.slice(2);
  return digits.length >= 7 ? digits : undefined;
}

/**
 * Customers in two or more books, in the order first met (book order, then sheet order). A
 * customer matched by ID is not listed again for its phone; within one book a customer counts once.
 */
export function sharedCustomers(books: readonly { rep: string; customers: readonly CustomerKeys[] }[]): SharedCustomer[] {
  type Entry = SharedCustomer & { books: Set<number> };
  const byId = new Map<string, Entry>();
  const byPhone = new Map<string, Entry>();
  const order: Entry[] = [];
  books.forEach((book, b) => {
    for (const c of book.customers) {
      let entry = byId.get(c.key);
      let match: SharedCustomer["match"] = "id";
      if (!entry && c.phone) {
        entry = byPhone.get(c.phone);
        match = "phone";
      }
      if (!entry) {
        entry = { id: c.id, match: "id", reps: [], name: c.name, phone: c.phone, books: new Set() };
        order.push(entry);
      }
      if (!entry.books.has(b)) {
        if (entry.books.size > 0 && match === "phone") entry.match = "phone";
        entry.books.add(b);
        entry.reps.push(book.rep);
      }
      if (!byId.has(c.key)) byId.set(c.key, entry);
      if (c.phone && !byPhone.has(c.phone)) byPhone.set(c.phone, entry);
    }
  });
  return order.filter((e) => e.books.size > 1).map(({ books: _books, ...e }) => e);
}

/**
 * The ID to print for a shared customer in anonymized output: as written, unless it could itself
 * be personal — a phone-like number, or a name or phone of any customer in the books — in which
 * case a pseudonym that cannot be turned back into it (a digest salted afresh on every run).
 */
export function anonymousId(id: string, personal: ReadonlySet<string>, pseudonym: (id: string) => string): string {
  const key = normalizeIdText(id);
  if (phoneKey(id) !== undefined || personal.has(key)) return pseudonym(id);
  return id;
}
