/**
 * `npm run compare:first-sight -- OTHER_CHECKOUT [DIR] [--swap] [--copies N]`:
 * this checkout's quote engine against another's on articles each engine reads for the first time,
 * as a build reads them. The engine keeps bounded memos across articles, so a repeat pass
 * (compare:quotes) answers from them where a first read computes.
 *
 * Each engine's src/lib/quotes is copied into N fresh folders (default 4): separate module
 * instances, so separate memos and compiler state. Every copy is warmed with three passes over one
 * half of the articles (the even ones; the odd ones with --swap), then reads each article of the
 * other half once, the two engines taking turns (who goes first alternating by article and copy).
 * Per article, the best time over the copies is kept: a pause from another job lands in one copy's
 * read, not in all. Prints the sums of those bests and their ratio, and the plain sums of all reads.
 * With four copies, identical code gives 0.98-1.00 (the engine loaded first leans slightly ahead).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticles } from './read-articles.ts';
import { importEngine, timeOne, type Engine } from './engine-timing.ts';

/** A fresh instance of a checkout's engine: its quotes folder copied under `into`, then imported. */
async function freshEngine(checkout: string, into: string): Promise<Engine> {
  cpSync(join(checkout, 'src/lib/quotes'), into, { recursive: true });
  return importEngine(into);
}

const args = process.argv.slice(2);
const copiesAt = args.indexOf('--copies');
const copies = copiesAt >= 0 ? Number(args[copiesAt + 1]) : 4;
const positional = args.filter((a, i) => !a.startsWith('--') && (copiesAt < 0 || i !== copiesAt + 1));
if (positional.length === 0 || !(copies >= 1)) {
  process.stderr.write('usage: npm run compare:first-sight -- OTHER_CHECKOUT [DIR] [--swap] [--copies N]\n');
  process.exit(2);
}
const here = resolve(fileURLToPath(import.meta.url), '../..');
const other = resolve(positional[0]);
const articles = readArticles(positional[1] ?? '../shared/corpora/polnear/train');
const timedParity = args.includes('--swap') ? 0 : 1;
const warmSet = articles.filter((_, i) => i % 2 !== timedParity);
const timedSet = articles.filter((_, i) => i % 2 === timedParity);

const scratch = mkdtempSync(join(tmpdir(), 'first-sight-'));
const mine: Engine[] = [];
const theirs: Engine[] = [];
try {
  // (load order alternates by copy too: neither engine is always compiled first)
  for (let c = 0; c < copies; c++) {
    const a = await freshEngine(c % 2 === 0 ? here : other, join(scratch, `a${c}`));
    const b = await freshEngine(c % 2 === 0 ? other : here, join(scratch, `b${c}`));
    mine.push(c % 2 === 0 ? a : b);
    theirs.push(c % 2 === 0 ? b : a);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (let pass = 0; pass < 3; pass++) for (const text of warmSet) for (let c = 0; c < copies; c++) mine[c](text), theirs[c](text);

let mineBest = 0;
let theirBest = 0;
let mineAll = 0;
let theirAll = 0;
for (let k = 0; k < timedSet.length; k++) {
  let m = Infinity;
  let t = Infinity;
  for (let c = 0; c < copies; c++) {
    const mineFirst = (k + c) % 2 === 0;
    const first = timeOne(mineFirst ? mine[c] : theirs[c], timedSet[k]);
    const second = timeOne(mineFirst ? theirs[c] : mine[c], timedSet[k]);
    const mt = mineFirst ? first : second;
    const tt = mineFirst ? second : first;
    mineAll += mt;
    theirAll += tt;
    m = Math.min(m, mt);
    t = Math.min(t, tt);
  }
  mineBest += m;
  theirBest += t;
}
console.log(`${timedSet.length} articles each read once by ${copies} warm copies of each engine (${timedParity ? 'odd' : 'even'} half timed)`);
console.log(`this  sum of article bests ${mineBest.toFixed(0).padStart(6)} ms  all reads ${mineAll.toFixed(0).padStart(6)} ms`);
console.log(`other sum of article bests ${theirBest.toFixed(0).padStart(6)} ms  all reads ${theirAll.toFixed(0).padStart(6)} ms`);
console.log(`this / other: sum of article bests ${(mineBest / theirBest).toFixed(3)}, all reads ${(mineAll / theirAll).toFixed(3)}`);
