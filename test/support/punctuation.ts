/**
 * The house rule for Chinese text (BRIEF, Bilingual): next to Chinese, punctuation is full-width
 * （，：；（）！？）; numbers, codes and Latin words keep theirs. `halfWidthNextToChinese` lists each
 * half-width mark that breaks it, with a little context, so a failing test says where.
 *
 * "Next to" is the mark's nearest non-space neighbour on either side; for a bracket pair, either
 * bracket's outer neighbour or anything Chinese inside. A `{placeholder}` counts as Chinese: the
 * value filled in is a name, a sentence or a figure inside a Chinese sentence; a text with no Chinese
 * character at all is left alone. Kept half-width: a
 * mark between two digits (1,000 · 10:30) and a formula as typed in Excel (`=CRM.交易额(A2)`).
 */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’、。…—·]/;
const FORMULA = /=?CRM\.[^\s(（]+\([^)]*\)/g;

function chineseSide(c: string | undefined): boolean {
  return c !== undefined && (CHINESE.test(c) || c === "{" || c === "}");
}

export function halfWidthNextToChinese(text: string): string[] {
  // A text without Chinese (an English template with its {name}) is not Chinese text.
  if (!/[\u3400-\u9fff]/.test(text)) return [];
  const chars = [...text.replace(FORMULA, (f) => "x".repeat([...f].length))];
  const left = (i: number) => {
    let j = i - 1;
    while (j >= 0 && chars[j] === " ") j--;
    return chars[j];
  };
  const right = (i: number) => {
    let j = i + 1;
    while (j < chars.length && chars[j] === " ") j++;
    return chars[j];
  };
  const bad = new Set<number>();
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (c === "(") open.push(i);
    else if (c === ")") {
      const a = open.pop();
      if (a === undefined) {
        if (chineseSide(left(i)) || chineseSide(right(i))) bad.add(i);
        return;
      }
      if (chineseSide(left(a)) || chineseSide(right(i)) || CHINESE.test(chars.slice(a + 1, i).join(""))) bad.add(a).add(i);
    } else if (",:;!?".includes(c)) {
      if (/\d/.test(chars[i - 1] ?? "") && /\d/.test(chars[i + 1] ?? "")) return;
      if (chineseSide(left(i)) || chineseSide(right(i))) bad.add(i);
    }
  });
  for (const a of open) if (chineseSide(left(a)) || chineseSide(right(a))) bad.add(a);
  return [...bad].sort((a, b) => a - b).map((i) => `“${[...text].slice(Math.max(0, i - 6), i + 7).join("")}” (${chars[i]} at ${i})`);
}
