/**
 * Who a policy's insured is. Reps write the same person many ways — `王芳`, `王 芳`, `王芳`
 * (full width), `配偶 王芳`, `配偶:王芳`, `王芳(配偶)`, `Jane Smith (spouse)` — and all of these
 * are one household member. The relationship word, when written in the name, also tells the
 * relationship when the column is blank.
 */
import type { RelationshipKey } from "./rules";

/** Relationship words, longest first so `父母` is not read as `父`. */
const WORDS: readonly (readonly [string, RelationshipKey])[] = (
  [
    ["本人", "self"],
    ["自己", "self"],
    ["客户本人", "self"],
    ["配偶", "spouse"],
    ["妻子", "spouse"],
    ["丈夫", "spouse"],
    ["爱人", "spouse"],
    ["老婆", "spouse"],
    ["老公", "spouse"],
    ["太太", "spouse"],
    ["夫人", "spouse"],
    ["子女", "child"],
    ["儿子", "child"],
    ["女儿", "child"],
    ["孩子", "child"],
    ["小孩", "child"],
    ["长子", "child"],
    ["次子", "child"],
    ["长女", "child"],
    ["次女", "child"],
    ["父母", "parent"],
    ["父亲", "parent"],
    ["母亲", "parent"],
    ["岳父", "parent"],
    ["岳母", "parent"],
    ["公公", "parent"],
    ["婆婆", "parent"],
    ["self", "self"],
    ["spouse", "spouse"],
    ["wife", "spouse"],
    ["husband", "spouse"],
    ["partner", "spouse"],
    ["child", "child"],
    ["son", "child"],
    ["daughter", "child"],
    ["kid", "child"],
    ["parent", "parent"],
    ["father", "parent"],
    ["mother", "parent"],
    ["子", "child"],
    ["女", "child"],
    ["妻", "spouse"],
    ["夫", "spouse"],
    ["父", "parent"],
    ["母", "parent"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

const isLatin = (w: string) => /^[a-z]/.test(w);
/** Single-character words only count inside brackets: `子` alone is too common in names. */
const PREFIX_WORDS = WORDS.filter(([w]) => w.length > 1);

export interface InsuredName {
  /** Identity key: width, case and spacing folded, relationship word removed ("" = only a relationship word). */
  key: string;
  /** The name as it should be shown (the relationship word and brackets removed, spacing kept). */
  display: string;
  /** The relationship the name itself states, if any. */
  relationship?: RelationshipKey;
}

/** Folds width, case and every kind of space: `王 芳`, `王芳` and `王芳` give the same key. */
export function nameKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\u00b7·.]+/g, "");
}

function wordOf(text: string, words: readonly (readonly [string, RelationshipKey])[] = WORDS): RelationshipKey | undefined {
  const k = nameKey(text);
  return words.find(([w]) => w === k)?.[1];
}

/** Reads an insured cell (or a family-column entry) into a member identity. */
export function readInsured(cell: string): InsuredName {
  let text = cell.normalize("NFKC").trim();
  let relationship: RelationshipKey | undefined;
  // A bracketed relationship after the name: 王芳(配偶), Jane Smith (spouse).
  const bracket = /^(.*?)\s*[([]\s*([^)\]]+?)\s*[)\]]$/.exec(text);
  if (bracket) {
    const rel = wordOf(bracket[2]);
    if (rel) {
      relationship = rel;
      text = bracket[1];
    }
  }
  // A relationship word before the name: 配偶 王芳, 配偶:王芳, 配偶王芳, spouse: Jane Smith.
  if (!relationship) {
    const lower = text.toLowerCase();
    for (const [w, rel] of PREFIX_WORDS) {
      if (!lower.startsWith(w)) continue;
      const rest = text.slice(w.length);
      // English words need a colon or dash (`Son Lee` may be a name); Chinese ones a space or nothing.
      const sep = isLatin(w) ? /^\s*[::\-—]\s*/.exec(rest) : /^\s*[::\-—]\s*|^\s+/.exec(rest);
      if (isLatin(w) && !sep && rest !== "") continue;
      relationship = rel;
      text = sep ? rest.slice(sep[0].length) : rest;
      break;
    }
  }
  // The whole cell may be just a word: 本人, 配偶, spouse.
  if (!relationship) {
    const rel = wordOf(text);
    if (rel) return { key: "", display: "", relationship: rel };
  }
  const display = text.trim().replace(/\s+/g, " ");
  return { key: nameKey(display), display, relationship };
}

/**
 * Members named in the customer's family column, when it is written as `relationship:name`
 * entries (`配偶:王芳;子女:王小明`, `Spouse: Jane; child: Tom`). Free text (`已婚,两个孩子`)
 * names nobody and gives nothing: the column is a note, not a list the rep promised to keep.
 */
export function familyMembers(text: string): InsuredName[] {
  if (!text.trim()) return [];
  return text
    .normalize("NFKC")
    .split(/[;;,,、\n]+/)
    .map((part) => part.trim())
    .filter((part) => /[::]/.test(part) || /[()]/.test(part))
    .map(readInsured)
    .filter((m) => m.relationship !== undefined && m.key !== "");
}
