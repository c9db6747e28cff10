/**
 * Text a component builds itself, outside the string tables (issue 25): "进行中的商机 (24)" was
 * put together in JSX from a translated label and ASCII brackets, which the string-table test
 * cannot see. Every user-visible mark belongs in a string of src/core/i18n/strings/, where the
 * punctuation test checks it; so JSX text in the pane and the workbench may hold no
 * half-width punctuation (a separator such as " · " is fine).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(__dirname, "../../..");
const MARKS = /[(),:;!?]/;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(path);
    return e.name.endsWith(".tsx") ? [path] : [];
  });
}

/** The literal text pieces of a component file that reach the screen as written: JSX text, and string or template text written directly in `{…}`. */
function jsxTextWithMarks(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const check = (node: ts.Node, text: string) => {
    if (MARKS.test(text)) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      found.push(`${relative(ROOT, file)}:${line + 1} “${text.trim()}”`);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) check(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression) {
      const e = node.expression;
      if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) check(e, e.text);
      else if (ts.isTemplateExpression(e)) check(e, [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(""));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("text the pane's components build", () => {
  it("holds no half-width punctuation outside the string tables (it would sit beside Chinese)", () => {
    const files = [...tsxFiles(join(ROOT, "src/taskpane")), ...tsxFiles(join(ROOT, "src/workbench"))];
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => jsxTextWithMarks(f, readFileSync(f, "utf8")))).toEqual([]);
  });

  it("finds brackets around a count and a colon after a label, as JSX text or a string in braces", () => {
    const source = `export const A = () => <h2>{t(lang, "x")} ({n})<span>{" : "}</span><i>{\`(\${m})\`}</i></h2>;`;
    // The two brackets are two pieces of JSX text, the colon a string, the brackets around ${m} a template.
    expect(jsxTextWithMarks("a.tsx", source)).toHaveLength(4);
    expect(jsxTextWithMarks("b.tsx", `export const B = () => <p>{a} · {b}</p>;`)).toEqual([]);
  });
});
