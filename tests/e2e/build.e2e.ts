/**
 * Builds themselves (run once by the global setup, results in .build-fixtures/state.json):
 * broken content stops the build with a message naming the file and the field and writes
 * nothing; two builds of the same content are byte for byte identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildResult, site } from './support/site.ts';

interface BrokenCase {
  name: string;
  what: string;
  files: string[];
  field: RegExp;
}

const BROKEN: BrokenCase[] = [
  { name: 'missing-headline', what: 'a missing headline', files: ['no-headline.md'], field: /\bheadline\b/ },
  { name: 'invalid-date', what: 'a date that is not a date', files: ['bad-date.md'], field: /\bpublished\b/ },
  { name: 'duplicate-slug', what: 'two articles with one slug', files: ['first-story.md', 'second-story.md'], field: /\bslug\b/ },
  { name: 'unknown-override', what: 'an override naming a quote not in the article', files: ['stray-override.md'], field: /\bquoteOverrides\b/ },
  // The YAML parser cannot know which field was meant; the message must still point at the
  // frontmatter (or the unclosed field, or its line) of the file.
  { name: 'malformed-frontmatter', what: 'malformed frontmatter', files: ['broken-yaml.md'], field: /\b(frontmatter|topics|line \d+)\b/ },
];

for (const c of BROKEN) {
  test(`broken content (${c.what}) fails the build, naming the file and the field, and writes nothing`, async () => {
    const r = buildResult(`broken-${c.name}`);
    const output = r.output.replace(/\u001b\[[0-9;]*m/g, '');
    expect(r.exitCode, `astro build exit code; output:\n${output.slice(-2000)}`).not.toBe(0);
    for (const f of c.files) expect(output, `the message names ${f}`).toContain(f);
    // The fixture's own path ("…/missing-headline/articles/no-headline.md") must not count as
    // naming the field.
    const withoutPaths = output.replace(/\S*tests\/fixtures\/broken\/\S*/g, '<path>').replace(/[\w.-]+\.md\b/g, '<file>');
    expect(withoutPaths, 'the message names the field').toMatch(c.field);
    expect(r.files, `files written to OUT_DIR (${r.outDir})`).toEqual([]);
  });
}

test('two builds of the same content are byte for byte identical', async () => {
  const a = site('root');
  const b = site('root-repeat');
  expect(b.build.files, 'the same files').toEqual(a.build.files);
  const differing: string[] = [];
  for (const f of a.build.files) {
    const x = readFileSync(join(a.build.outDir, f));
    const y = readFileSync(join(b.build.outDir, f));
    if (x.equals(y)) continue;
    const xs = x.toString('utf8');
    const ys = y.toString('utf8');
    let i = 0;
    while (i < xs.length && xs[i] === ys[i]) i++;
    differing.push(`${f} first differs at ${i}: …${xs.slice(Math.max(0, i - 40), i + 60)}… vs …${ys.slice(Math.max(0, i - 40), i + 60)}…`);
  }
  expect(differing).toEqual([]);
});
