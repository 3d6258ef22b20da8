/**
 * `npm run bench:quotes`: throughput of the quote engine on one core, in MB of article text per
 * second, on generated news-like text and on text with pathological quotation marks (thousands
 * of unbalanced, nested and mixed marks, one huge paragraph), at two sizes to show the time grows
 * linearly. Deterministic input (seeded generator); given a folder of articles (PolNeAR JSON or
 * .txt) it measures them first, read at run time, and reports that first (cold) pass too. Each
 * real-article figure that a build would see is measured in a process of its own (decision 0021).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/lib/quotes/extract-quotes.ts';
import { readArticles } from './read-articles.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const NAMES = ['Maria Olsen', 'Tomas Berg', 'Aiko Tanaka', 'Samuel Osei', 'Lena Fischer', 'Ravi Menon'];
const ROLES = ['the minister', 'the senator', 'the mayor', 'a spokesman', 'the governor'];
const WORDS =
  'the council will vote on a budget that cuts spending for schools and roads while raising taxes on large firms in the city next year after months of debate'.split(
    ' ',
  );

function sentence(r: () => number): string {
  const n = 6 + Math.floor(r() * 14);
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(r() * WORDS.length)]);
  const s = w.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

function newsText(bytes: number, seed: number): string {
  const r = rng(seed);
  const paras: string[] = [];
  let size = 0;
  while (size < bytes) {
    const who = NAMES[Math.floor(r() * NAMES.length)];
    const role = ROLES[Math.floor(r() * ROLES.length)];
    const k = r();
    let p: string;
    if (k < 0.3) p = `“${sentence(r)},” ${who} said. “${sentence(r)}.”`;
    else if (k < 0.5) p = `${sentence(r)}, ${role} told reporters on Monday, adding that the plan was “${sentence(r).toLowerCase()}.”`;
    else if (k < 0.6) p = `Critics called it a “${WORDS[Math.floor(r() * WORDS.length)]} plan” and ${sentence(r).toLowerCase()}.`;
    else p = `${sentence(r)}. ${sentence(r)}.`;
    paras.push(p);
    size += p.length + 2;
  }
  return paras.join('\n\n');
}

function pathological(bytes: number, seed: number): string {
  const r = rng(seed);
  const marks = ['"', '“', '”', '„', '«', '»', "'", '‘', '’', ' " ', ' “', '” '];
  let out = '';
  while (out.length < bytes) {
    const k = r();
    if (k < 0.35) out += marks[Math.floor(r() * marks.length)];
    else if (k < 0.45) out += ' said ';
    else if (k < 0.5) out += ', he said. ';
    else if (k < 0.52) out += 'Mr. A. B. Smith ';
    else out += WORDS[Math.floor(r() * WORDS.length)] + ' ';
  }
  return out; // one huge paragraph, no line breaks
}

/** One endless run-on sentence of quotes and cues: the worst case for attribution. */
function runOn(bytes: number): string {
  const unit = '“a thing” he said, “another” said Ann Lee, and ';
  return unit.repeat(Math.ceil(bytes / unit.length));
}

/**
 * A speaker's long one-word name, then runs of its letters longer still: each search for the name
 * as a word meets them. The name grows with the text, so a search costing the name's length at
 * each place in a run shows as a 16x ratio, not 4x.
 */
function nameInRuns(bytes: number): string {
  const name = 'e'.repeat(Math.round(bytes / 500));
  const run = `${name}${name} `;
  return `“Hi,” said E${name}. ${run.repeat(Math.ceil(bytes / run.length))}`;
}

/**
 * One paragraph introducing thousands of people whose surnames share a length and their first and
 * last two letters ("Smabcdeon"), each then quoted by a misspelt surname: each misspelling is
 * looked for among look-alikes, and each speaker asked whether its word opens only sentences of
 * that one long line. Either grew with the square of the text before it was bounded.
 */
function lookAlikeSurnames(bytes: number, seed: number): string {
  const r = rng(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const surnames: string[] = [];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let part: string;
    if (surnames.length < 10 || r() < 0.5) {
      const s = `Sm${Array.from({ length: 5 }, () => letters[Math.floor(r() * 26)]).join('')}on`;
      surnames.push(s);
      part = `Ann ${s} said “yes.”`;
    } else {
      const s = surnames[Math.floor(r() * surnames.length)];
      part = `“No,” ${s.slice(0, 4)}${s.slice(5)} said.`; // (one letter left out)
    }
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join(' ');
}

/** One line of the report: label, size, time and rate. */
function row(label: string, bytes: number, ms: number): string {
  const rate = bytes / 1e6 / (ms / 1000);
  return `${label.padEnd(34)} ${(bytes / 1e6).toFixed(1).padStart(5)} MB  ${ms.toFixed(0).padStart(6)} ms  ${rate.toFixed(1).padStart(6)} MB/s`;
}

/** Best of 5 runs after a warm-up on the same input; the warm-up (the first, cold pass when nothing ran before) is reported too. */
function measure(label: string, text: string, showCold = false): number {
  const c0 = performance.now();
  extractQuotes(text); // warm up the JIT on the same input
  const cold = performance.now() - c0;
  const runs = 5;
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractQuotes(text);
    best = Math.min(best, performance.now() - t0);
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  console.log(row(label, bytes, best));
  if (showCold) console.log(row('  first (cold) pass', bytes, cold));
  return best;
}

/** Best of 5 passes over every article, each its own text, after `warmups` passes. */
function bestPassEach(texts: readonly string[], warmups: number): number {
  const pass = (): number => {
    const t0 = performance.now();
    for (const text of texts) extractQuotes(text);
    return performance.now() - t0;
  };
  for (let i = 0; i < warmups; i++) pass();
  let best = Infinity;
  for (let i = 0; i < 5; i++) best = Math.min(best, pass());
  return best;
}

/** The bytes of the texts as UTF-8. */
function byteSize(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
}

/**
 * In this process, after it has read the articles as one text: printed so the effect of that one
 * long read stays visible (V8 then allocates some of the engine's objects in its old space for the
 * rest of the process; see decision 0021). Measured as before session 21 (one warm-up pass, after
 * the one-text passes), so it compares with earlier figures, not only with the line above it.
 */
function measureEachAfterOneText(label: string, texts: readonly string[]): void {
  console.log(row(label, byteSize(texts), bestPassEach(texts, 1)));
}

/**
 * As the build reads them: each article its own text, in a fresh process (so nothing measured
 * before leaves V8 state behind), warmed as a build is (3 passes: a 10,000-article archive is about
 * twelve passes over train), then best of 5 passes. Printed as JSON for the parent.
 */
function measureEachFresh(texts: readonly string[]): void {
  console.log(JSON.stringify({ bytes: byteSize(texts), ms: bestPassEach(texts, 3) }));
}

/**
 * Passes over the same articles reward the engine's memos across articles (a name, a source, a
 * description read once), where an archive's build reads each article once. So, in a fresh
 * process: the JIT warmed by three passes over every other article, then one pass over the rest,
 * which it has never read; printed as JSON for the parent, which runs both halves.
 */
function measureUnseenHalf(texts: readonly string[], parity: number): void {
  const seen = texts.filter((_, i) => i % 2 !== parity);
  const unseen = texts.filter((_, i) => i % 2 === parity);
  for (let i = 0; i < 3; i++) for (const text of seen) extractQuotes(text);
  const t0 = performance.now();
  for (const text of unseen) extractQuotes(text);
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ bytes: byteSize(unseen), ms }));
}

/** The figures a child process of this script prints for `mode` (--each or --unseen PARITY). */
function inChild(dir: string, ...mode: string[]): { bytes: number; ms: number } {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), dir, ...mode];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as { bytes: number; ms: number };
}

/** Every article read once by a warm engine that has not read it before: the two halves, each in its own process. */
function measureUnseen(dir: string): void {
  let bytes = 0;
  let ms = 0;
  for (const parity of ['0', '1']) {
    const half = inChild(dir, '--unseen', parity);
    bytes += half.bytes;
    ms += half.ms;
  }
  console.log(row('the same, each read once (warm JIT)', bytes, ms));
}

// optional: real news read at run time, e.g. `npm run bench:quotes -- ../shared/corpora/polnear/train`;
// measured first, so its first pass is the cold one of a fresh process (as in a build)
const dir = process.argv[2];
if (dir && process.argv[3] === '--unseen') {
  measureUnseenHalf(readArticles(dir), Number(process.argv[4]));
  process.exit(0);
}
if (dir && process.argv[3] === '--each') {
  measureEachFresh(readArticles(dir));
  process.exit(0);
}
if (dir) {
  const texts = readArticles(dir);
  console.log('quote engine throughput on real articles, one core');
  measure(`articles in ${dir} (as one text)`, texts.join('\n\n'), true);
  const each = inChild(dir, '--each');
  console.log(row('the same, one article at a time', each.bytes, each.ms));
  measureEachAfterOneText('  after the one-text read above', texts);
  measureUnseen(dir);
}

console.log('quote engine throughput, one core (best of 5 runs after a warm-up)');
const a1 = measure('news-like text', newsText(2e6, 1));
const a2 = measure('news-like text, 4x', newsText(8e6, 1));
const b1 = measure('pathological marks, 1 paragraph', pathological(2e6, 2));
const b2 = measure('pathological marks, 4x', pathological(8e6, 2));
const c1 = measure('run-on quotes (linearity check)', runOn(2e6));
const c2 = measure('run-on quotes (linearity check), 4x', runOn(8e6));
const d1 = measure('name in runs of its letters', nameInRuns(2e6));
const d2 = measure('name in runs of its letters, 4x', nameInRuns(8e6));
// (smaller: a megabyte of look-alike people is about a second's work cold)
const e1 = measure('look-alike surnames, one paragraph', lookAlikeSurnames(1e6, 3));
const e2 = measure('look-alike surnames, 4x', lookAlikeSurnames(4e6, 3));
console.log(
  `time ratio for 4x input: news ${(a2 / a1).toFixed(2)}, pathological ${(b2 / b1).toFixed(2)}, run-on ${(c2 / c1).toFixed(2)}, name in runs ${(d2 / d1).toFixed(2)}, look-alike surnames ${(e2 / e1).toFixed(2)} (linear ≈ 4)`,
);

