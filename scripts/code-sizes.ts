/**
 * `node --experimental-strip-types scripts/code-sizes.ts [DIR] [--max-function N] [--max-module N] [--top N]`:
 * the longest functions and largest modules under DIR (default src/lib), measured with TypeScript's
 * own parser: a function's size is the lines from its first to its last token (comments above it
 * excluded), a module's its line count. Exits non-zero when any exceeds the limits (120 and 800
 * by default), so the engine's size rule can be rechecked at any time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const opt = (name: string, d: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? 'src/lib';
const maxFunction = opt('--max-function', 120);
const maxModule = opt('--max-module', 800);
const top = opt('--top', 10);

function files(d: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

interface Sized {
  where: string;
  lines: number;
}
const functions: Sized[] = [];
const modules: Sized[] = [];
for (const file of files(dir)) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const name = relative(process.cwd(), file);
  modules.push({ where: name, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) });
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const a = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const b = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      let label = '<anonymous>';
      const n = (node as ts.FunctionLikeDeclaration).name;
      if (n) label = n.getText(sf);
      else if (ts.isVariableDeclaration(node.parent) || ts.isPropertyAssignment(node.parent)) label = node.parent.name.getText(sf);
      functions.push({ where: `${name}:${a + 1} ${label}`, lines: b - a + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
functions.sort((x, y) => y.lines - x.lines);
modules.sort((x, y) => y.lines - x.lines);
console.log(`longest functions in ${dir} (limit ${maxFunction} lines):`);
for (const f of functions.slice(0, top)) console.log(`  ${String(f.lines).padStart(5)}  ${f.where}`);
console.log(`largest modules in ${dir} (limit ${maxModule} lines):`);
for (const m of modules.slice(0, top)) console.log(`  ${String(m.lines).padStart(5)}  ${m.where}`);
const over = functions.filter((f) => f.lines > maxFunction).length + modules.filter((m) => m.lines > maxModule).length;
if (over) {
  console.log(`${over} over the limits`);
  process.exitCode = 1;
}
