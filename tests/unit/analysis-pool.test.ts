import { describe, expect, it } from 'vitest';
import { analyseAll } from '../../src/loaders/analysis-pool.ts';
import { analyseArticle } from '../../src/lib/site-content.ts';
import { ContentError } from '../../src/lib/content-error.ts';

const article = (n: number) =>
  `---\nheadline: "Story ${n}"\nstandfirst: "A summary."\npublished: 2024-03-10\n---\n“Plan ${n} is dead,” Senator Jane Okafor said on Tuesday.\n`;

// Enough files that the pool analyses them in worker threads.
const jobs = Array.from({ length: 120 }, (_, n) => ({ file: `/content/articles/story-${n}.md`, text: article(n) }));

describe('analysing many articles at once', () => {
  it('gives each file the analysis it gets on its own, in the order given', async () => {
    const results = await analyseAll(jobs);
    expect(results.map((r) => r.record.file)).toEqual(jobs.map((j) => j.file));
    expect(results[7]).toEqual(analyseArticle(jobs[7]!.file, jobs[7]!.text));
    expect(results[119]!.record.quotes[0]?.speaker?.name).toBe('Jane Okafor');
  });

  it('stops on the first bad file, naming it and its field', async () => {
    const bad = jobs.map((job, n) => (n === 90 ? { ...job, text: job.text.replace('published: 2024-03-10', 'published: soon') } : job));
    const error = await analyseAll(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).file).toBe('/content/articles/story-90.md');
    expect((error as ContentError).field).toBe('published');
  });
});
