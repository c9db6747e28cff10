/**
 * Finding a customer by what the rep remembers: the name, the ID or the phone number, typed in
 * either width (NFKC), any case, with spaces or dashes, and with one slip of the finger.
 */
import type { LinkedBook } from "../book";
import { customerField } from "../book";

export interface SearchHit {
  index: number;
  /** Lower is better: 0 exact, 1 starts with, 2 contains, 3 one typo away. */
  rank: number;
}

/** Width-, case- and separator-insensitive form of a text. */
const TYPO = 3;

export function searchKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\-_.()（）]+/g, "");
}

export function searchCustomers(book: LinkedBook, query: string, limit = 20): SearchHit[] {
  const q = searchKey(query);
  if (!q) return [];
  const digits = /^\+?\d+$/.test(q) ? q.replace(/^\+/, "") : undefined;
  const hits: SearchHit[] = [];
  for (const c of book.customers) {
    const fields = [searchKey(c.id), searchKey(c.name)];
    if (digits) fields.push(customerField(book, c, "phone").replace(/\D/g, ""));
    const rank = Math.min(...fields.map((f) => rankOf(f, q)));
    if (rank < Infinity) hits.push({ index: c.index, rank });
  }
  // A typo match is a fallback: beside real matches it is noise (C010 is one edit from C011).
  const exact = hits.some((h) => h.rank < TYPO);
  return hits
    .filter((h) => !exact || h.rank < TYPO)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit);
}

function rankOf(field: string, q: string): number {
  if (!field) return Infinity;
  if (field === q) return 0;
  if (field.startsWith(q)) return 1;
  if (field.includes(q)) return 2;
  // One typo (a wrong, missing, extra or swapped character) is forgiven once the query is long
  // enough to mean something: 3 characters (Chinese names are 2–3 characters, so 2 there).
  const minimum = /[\u3400-\u9fff]/.test(q) ? 2 : 3;
  if (q.length >= minimum && withinOneEdit(field, q)) return TYPO;
  return Infinity;
}

/** True when some substring of `field` is at most one edit (Damerau) from `q`. */
function withinOneEdit(field: string, q: string): boolean {
  for (let len = q.length - 1; len <= q.length + 1; len++) {
    for (let i = 0; i + len <= field.length; i++) if (oneEdit(field.slice(i, i + len), q)) return true;
  }
  return false;
}

function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length <= 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}
