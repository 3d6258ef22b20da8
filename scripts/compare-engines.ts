/**
 * `npm run compare:quotes -- OTHER_CHECKOUT [DIR] [--one-text] [--rounds N]`: this checkout's quote
 * engine against another's (a git worktree, say), in one process, taking turns article by article
 * over the same articles (PolNeAR JSON or .txt, read at run time; default
 * ../shared/corpora/polnear/train). On a shared machine whose load moves by the minute, turns taken
 * side by side see the same load, where two bench runs minutes apart do not. Prints each engine's
 * median and best warm pass (the first five rounds dropped), the sum of each article's best warm
 * time, and the ratios: the last is the one to read for a change of a few per cent. Speed work
 * keeps output identical: check with `quotes-output.ts`.
 */
import { join, resolve } from 'node:path';
import { extractQuotes as thisEngine } from '../src/lib/quotes/extract-quotes.ts';
import { readArticles } from './read-articles.ts';
import { importEngine, timeOne } from './engine-timing.ts';

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
const otherEngine = await importEngine(join(other, 'src/lib/quotes'));
const articles = readArticles(dir);
const texts = flag('--one-text') ? [articles.join('\n\n')] : articles;
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);

// Both engines read each article in turn (who reads first alternates by article and round, so
// neither always meets the collector the other left); a pass's time is the sum of its articles'.
// An article's best time over the warm rounds is the least disturbed by other jobs: the sum of
// those bests resolves about 1% where pass medians move by 10% on a busy machine.
const WARM_UP = 5;
if (!(rounds > WARM_UP)) {
  process.stderr.write(`--rounds must be more than ${WARM_UP}: the first ${WARM_UP} rounds warm the engines up and are not counted\n`);
  process.exit(2);
}
const mine: number[] = [];
const theirs: number[] = [];
const mineBest = new Float64Array(texts.length).fill(Infinity);
const theirBest = new Float64Array(texts.length).fill(Infinity);
for (let i = 0; i < rounds; i++) {
  let minePass = 0;
  let theirPass = 0;
  for (let k = 0; k < texts.length; k++) {
    const mineFirst = (i + k) % 2 === 0;
    const a = timeOne(mineFirst ? thisEngine : otherEngine, texts[k]);
    const b = timeOne(mineFirst ? otherEngine : thisEngine, texts[k]);
    const m = mineFirst ? a : b;
    const t = mineFirst ? b : a;
    minePass += m;
    theirPass += t;
    if (i < WARM_UP) continue;
    if (m < mineBest[k]) mineBest[k] = m;
    if (t < theirBest[k]) theirBest[k] = t;
  }
  mine.push(minePass);
  theirs.push(theirPass);
}
const sum = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0);
const report = (label: string, times: number[], bests: Float64Array) => {
  const warm = times.slice(WARM_UP);
  const best = Math.min(...warm);
  console.log(
    `${label.padEnd(12)} median ${median(warm).toFixed(0).padStart(6)} ms  best ${best.toFixed(0).padStart(6)} ms  (${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s)  sum of article bests ${sum(bests).toFixed(0).padStart(6)} ms`,
  );
};
console.log(`${texts.length === 1 ? 'as one text' : `${texts.length} articles one at a time`}, ${(bytes / 1e6).toFixed(1)} MB, ${rounds} rounds taking turns by article (first ${WARM_UP} dropped)`);
report('this', mine, mineBest);
report(other, theirs, theirBest);
const warm = (xs: number[]) => xs.slice(WARM_UP);
console.log(
  `this / other: sum of article bests ${(sum(mineBest) / sum(theirBest)).toFixed(3)}, median pass ${(median(warm(mine)) / median(warm(theirs))).toFixed(3)}, best pass ${(Math.min(...warm(mine)) / Math.min(...warm(theirs))).toFixed(3)}`,
);
