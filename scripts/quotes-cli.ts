/**
 * `npm run --silent quotes -- FILE|FOLDER|- ...`: one JSON line per file, in order (a folder gives
 * its .txt and .md files; "-" reads paths from standard input, one a line),
 * {"file": "<as given>", "quotes": [{start, end, text, kind, cue, source, speaker}]}, offsets into
 * the file's text exactly as read (UTF-8, nothing normalised). Speakers are linked across all the
 * files given, as the site build links them across its articles, so `speaker.id` is the id of the
 * speaker's page ("Obama" in one file and "Barack Obama" in another share one id).
 */
import { readFileSync } from 'node:fs';
import { extractQuotes } from '../src/lib/quotes/extract-quotes.ts';
import { linkSpeakersAcrossArticles } from '../src/lib/quotes/speaker-identity.ts';
import type { QuoteExtraction } from '../src/lib/quotes/quote-types.ts';
import { inputFiles } from './cli-inputs.ts';

const args = process.argv.slice(2);
const files = inputFiles(args);
if (args.length === 0) {
  process.stderr.write('usage: npm run --silent quotes -- FILE|FOLDER|- ...  ("-": paths on standard input)\n');
  process.exit(2);
}
const read: string[] = [];
const extractions: QuoteExtraction[] = [];
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`quotes: cannot read ${file}: ${(err as Error).message}\n`);
    failed = true;
    continue;
  }
  read.push(file);
  extractions.push(extractQuotes(text));
}
const linked = linkSpeakersAcrossArticles(extractions, []);
const out: string[] = [];
linked.forEach(({ quotes }, i) => {
  out.push(
    JSON.stringify({
      file: read[i],
      quotes: quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, cue: q.cue, source: q.source, speaker: q.speaker })),
    }),
  );
  if (out.length >= 200) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
});
if (out.length) process.stdout.write(out.join('\n') + '\n');
if (failed) process.exitCode = 1;
