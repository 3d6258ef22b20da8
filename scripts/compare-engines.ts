/**
 * `npm run compare:quotes -- OTHER_CHECKOUT [DIR] [--one-text] [--rounds N]`: this checkout's quote
 * engine against another's (a git worktree, say), in one process, passes alternating over the same
 * articles (PolNeAR JSON or .txt, read at run time; default ../shared/corpora/polnear/train). On a
 * shared machine whose load moves by the minute, alternating passes see the same load, where two
 * bench runs minutes apart do not. Prints each engine's median and best warm pass (the first five
 * dropped) and the ratio. Speed work keeps output identical: check with `quotes-output.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractQuotes as thisEngine } from '../src/lib/quotes/extract-quotes.ts';

type Engine = (text: string) => unknown;

function readArticles(dir: string): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.json')) texts.push((JSON.parse(readFileSync(join(dir, name), 'utf8')) as { text: string }).text);
    else if (name.endsWith('.txt')) texts.push(readFileSync(join(dir, name), 'utf8'));
  }
  return texts;
}

function timePass(engine: Engine, texts: readonly string[]): number {
  const t0 = performance.now();
  for (const text of texts) engine(text);
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
if (positional.length === 0) {
  process.stderr.write('usage: npm run compare:quotes -- OTHER_CHECKOUT [DIR] [--one-text] [--rounds N]\n');
  process.exit(2);
}
const other = resolve(positional[0]);
const dir = positional[1] ?? '../shared/corpora/polnear/train';
const rounds = Number(option('--rounds', '20'));
const otherEngine = ((await import(join(other, 'src/lib/quotes/extract-quotes.ts'))) as { extractQuotes: Engine }).extractQuotes;
const articles = readArticles(dir);
const texts = flag('--one-text') ? [articles.join('\n\n')] : articles;
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);

const mine: number[] = [];
const theirs: number[] = [];
for (let i = 0; i < rounds; i++) {
  // (who goes first alternates too: neither always meets the collector the other left)
  if (i % 2 === 0) mine.push(timePass(thisEngine, texts)), theirs.push(timePass(otherEngine, texts));
  else theirs.push(timePass(otherEngine, texts)), mine.push(timePass(thisEngine, texts));
}
const report = (label: string, times: number[]) => {
  const warm = times.slice(5);
  const best = Math.min(...warm);
  console.log(`${label.padEnd(12)} median ${median(warm).toFixed(0).padStart(6)} ms  best ${best.toFixed(0).padStart(6)} ms  (${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s)`);
};
console.log(`${texts.length === 1 ? 'as one text' : `${texts.length} articles one at a time`}, ${(bytes / 1e6).toFixed(1)} MB, ${rounds} alternating passes each (first 5 dropped)`);
report('this', mine);
report(other, theirs);
console.log(`this / other: median ${(median(mine.slice(5)) / median(theirs.slice(5))).toFixed(3)}, best ${(Math.min(...mine.slice(5)) / Math.min(...theirs.slice(5))).toFixed(3)}`);
