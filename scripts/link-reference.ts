/**
 * Writes test/fixtures/link-reference.json: for each seeded random book (test/support/linkBooks.ts)
 * the digest of its linked form and of its scores at three as-of dates, as this checkout's core
 * gives them. `src/core/linkReference.test.ts` holds the core to them.
 *
 *   npx tsx scripts/link-reference.ts          # after a change that is meant to change behaviour
 *
 * The file is written by the core as it was before the linking was made faster (main at 11db162,
 * and again at 2ca04a8 when today's plan changed the scores and the follow-up channels), so the
 * test shows that the faster linking gives the same answers. Rewrite it only for a change of
 * behaviour (from the core that has the change), and say which in the commit.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { linkBook } from "../src/core/book";
import { analyze } from "../src/core/analyze";
import { REFERENCE_AS_OF, randomBook } from "../test/support/linkBooks";
import { digest, linkedText, scoredText } from "../test/support/linkDigest";

export const REFERENCE_BOOKS = 400;

const out: Record<string, { link: string; scores: string[] }> = {};
for (let seed = 1; seed <= REFERENCE_BOOKS; seed++) {
  const raw = randomBook(seed);
  out[seed] = {
    link: digest(linkedText(linkBook(raw))),
    scores: REFERENCE_AS_OF.map((asOf) => digest(scoredText(analyze(raw, { asOf })))),
  };
}
const file = join(process.argv[2] ?? join(__dirname, ".."), "test/fixtures/link-reference.json");
writeFileSync(file, JSON.stringify(out, null, 0).replace(/\},"/g, '},\n"') + "\n");
process.stdout.write(`${REFERENCE_BOOKS} books → ${file}\n`);
