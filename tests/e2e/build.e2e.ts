/**
 * Builds themselves (run once by the global setup, results in .build-fixtures/state.json):
 * broken content stops the build with a message naming the file and the field, and the output
 * folder (a copy of the root build beforehand) is left byte for byte as it was; two builds of
 * the same content are byte for byte identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildResult, site } from './support/site.ts';
import { listFiles } from './support/builds.ts';

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
  { name: 'missing-content-dir', what: 'a CONTENT_DIR that does not exist', files: ['no-such-folder'], field: /\bCONTENT_DIR\b/ },
  { name: 'no-articles', what: 'a content folder with no articles', files: ['no-articles/articles'], field: /no articles/ },
  { name: 'not-utf8', what: 'a file that is not UTF-8', files: ['latin1-story.md'], field: /\(encoding, line 2\): is not UTF-8/ },
  { name: 'shared-alias', what: 'two profiles sharing an alias', files: ['anne-isabella-milbanke.json', 'ada-lovelace.json'], field: /\baliases\.1\b/ },
  { name: 'link-outside', what: 'an article linking outside the content folder', files: ['leaked-draft.md'], field: /outside the content folder/ },
  { name: 'folder-named-md', what: 'a folder named like an article', files: ['old-story.md'], field: /is a folder, not a file/ },
  { name: 'dangling-link', what: 'a link to a missing file', files: ['renamed-story.md'], field: /link to a file that does not exist/ },
  { name: 'year-10000', what: 'a date in the year 10000 in UTC', files: ['end-of-time.md'], field: /\bpublished\b.*year 10000/ },
  { name: 'quote-wall', what: 'one 170 KB paragraph of 3,000 quotes', files: ['quote-wall.md'], field: /\bbody\b.*over the 80,000/ },
];

for (const c of BROKEN) {
  test(`broken content (${c.what}) fails the build, naming the file and the field, and leaves the previous output as it was`, async () => {
    const r = buildResult(`broken-${c.name}`);
    const output = r.output.replace(/\u001b\[[0-9;]*m/g, '');
    expect(r.exitCode, `astro build exit code; output:\n${output.slice(-2000)}`).not.toBe(0);
    for (const f of c.files) expect(output, `the message names ${f}`).toContain(f);
    // The fixture's own path ("…/missing-headline/articles/no-headline.md") must not count as
    // naming the field.
    const withoutPaths = output.replace(/\S*tests\/fixtures\/broken\/\S*/g, '<path>').replace(/[\w.-]+\.md\b/g, '<file>');
    expect(withoutPaths, 'the message names the field').toMatch(c.field);
    expect(output, 'the build says the output was kept').toContain('was left as it was');
    expect(sameOutput(site('root').build.outDir, r.outDir), `OUT_DIR (${r.outDir}) against the previous build`).toEqual([]);
  });
}

/** Files that differ between two output folders (missing, extra or changed); [] when identical. */
function sameOutput(expected: string, actual: string): string[] {
  const a = listFiles(expected);
  const b = listFiles(actual);
  const problems = [...a.filter((f) => !b.includes(f)).map((f) => `${f} is missing`), ...b.filter((f) => !a.includes(f)).map((f) => `${f} was added`)];
  expect(a.length, 'files in the previous output').toBeGreaterThan(5);
  for (const f of a.filter((f) => b.includes(f))) {
    if (!readFileSync(join(expected, f)).equals(readFileSync(join(actual, f)))) problems.push(`${f} changed`);
  }
  return problems;
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
