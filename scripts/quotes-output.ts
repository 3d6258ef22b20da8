/**
 * `node --experimental-strip-types scripts/quotes-output.ts OUT [DIR ...]`: every extraction the
 * engine gives for the corpus articles (each article alone, then each folder as one text) and the
 * seed article, one JSON line each, to OUT. Speed work keeps this file byte-identical: write it
 * before and after a change and compare with `cmp`. Folders default to PolNeAR's train and dev.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../src/lib/quotes/extract-quotes.ts';

const [out, ...dirs] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: node --experimental-strip-types scripts/quotes-output.ts OUT [DIR ...]\n');
  process.exit(2);
}
const lines: string[] = [];
for (const dir of dirs.length ? dirs : ['../shared/corpora/polnear/train', '../shared/corpora/polnear/dev']) {
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { text: string }).text);
  for (const text of texts) lines.push(JSON.stringify(extractQuotes(text)));
  lines.push(JSON.stringify(extractQuotes(texts.join('\n\n'))));
}
lines.push(JSON.stringify(extractQuotes(readFileSync('../shared/content/seed-article.txt', 'utf8'))));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} extractions written to ${out}`);

