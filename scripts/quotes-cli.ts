/**
 * `npm run --silent quotes -- FILE|FOLDER|- ...`: one JSON line per file, in order (a folder gives
 * its .txt and .md files; "-" reads paths from standard input, one a line),
 * {"file": "<as given>", "quotes": [{start, end, text, kind, cue, source, speaker}]}, offsets into
 * the file's text exactly as read (UTF-8, nothing normalised).
 */
import { readFileSync } from 'node:fs';
import { extractQuotes } from '../src/lib/quotes/extract-quotes.ts';
import { inputFiles } from './cli-inputs.ts';

const args = process.argv.slice(2);
const files = inputFiles(args);
if (args.length === 0) {
  process.stderr.write('usage: npm run --silent quotes -- FILE|FOLDER|- ...  ("-": paths on standard input)\n');
  process.exit(2);
}
const out: string[] = [];
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
  const { quotes } = extractQuotes(text);
  out.push(
    JSON.stringify({
      file,
      quotes: quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, cue: q.cue, source: q.source, speaker: q.speaker })),
    }),
  );
  if (out.length >= 200) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
if (failed) process.exitCode = 1;
