import { describe, expect, it } from 'vitest';
import { parseArticleSource, splitParagraphs } from '../../src/lib/article-source.ts';
import { articleFrontmatterSchema, describeSchemaIssue, parseCalendarDate } from '../../src/lib/article-schema.ts';
import { joinArticleText, paragraphIndexAt } from '../../src/lib/article-text.ts';
import { ContentError } from '../../src/lib/content-error.ts';

const FILE = 'articles/example.md';

function frontmatterProblem(data: unknown): { field: string; problem: string } | null {
  const parsed = articleFrontmatterSchema.safeParse(data);
  return parsed.success ? null : describeSchemaIssue(parsed.error);
}

const valid = { headline: 'H', standfirst: 'S', published: '2024-03-10', topics: ['NATO'] };

describe('parseArticleSource', () => {
  it('splits frontmatter from body and normalises Windows line endings', () => {
    const source = parseArticleSource(FILE, '\uFEFF---\r\nheadline: "A: b"\r\n---\r\n\r\nOne.\r\n\r\nTwo.\r\n');
    expect(source.frontmatter).toEqual({ headline: 'A: b' });
    expect(splitParagraphs(source.body)).toEqual(['One.', 'Two.']);
  });
  it('names the file and field when the frontmatter is malformed', () => {
    expect(() => parseArticleSource(FILE, '---\nheadline: [unclosed\n---\nText')).toThrow(
      /articles\/example\.md → frontmatter: is not valid YAML/,
    );
  });
  it('rejects a file with no frontmatter, or one never closed', () => {
    expect(() => parseArticleSource(FILE, 'Just text')).toThrow(ContentError);
    expect(() => parseArticleSource(FILE, '---\nheadline: x\nText')).toThrow(/never closed/);
  });
  it('rejects frontmatter that is not a mapping, and repeated fields', () => {
    expect(() => parseArticleSource(FILE, '---\n- a\n---\nText')).toThrow(/field: value/);
    expect(() => parseArticleSource(FILE, '---\nheadline: a\nheadline: b\n---\nText')).toThrow(/frontmatter/);
  });
});

describe('articleFrontmatterSchema', () => {
  it('accepts a complete article', () => {
    expect(frontmatterProblem(valid)).toBeNull();
  });
  it('names a missing headline', () => {
    expect(frontmatterProblem({ ...valid, headline: undefined })).toEqual({ field: 'headline', problem: 'is required' });
  });
  it('names a date that is not a date', () => {
    expect(frontmatterProblem({ ...valid, published: 'last Sunday' })?.field).toBe('published');
    expect(frontmatterProblem({ ...valid, published: '2024-02-31x' })?.field).toBe('published');
    expect(frontmatterProblem({ ...valid, updated: '2024-13-01' })?.field).toBe('updated');
  });
  it('rejects dates a lenient parser would quietly move: 31 February, a bare year, a zone-less time', () => {
    expect(frontmatterProblem({ ...valid, published: '2024-02-31' })).toMatchObject({ field: 'published', problem: expect.stringContaining('2024-02-31') });
    // YAML reads `published: 2024` as a number; new Date(2024) would be 2 seconds into 1970.
    expect(frontmatterProblem({ ...valid, published: 2024 })?.field).toBe('published');
    // Without a zone the instant would depend on the build machine's clock settings.
    expect(frontmatterProblem({ ...valid, published: '2024-03-10T09:30' })?.field).toBe('published');
    expect(frontmatterProblem({ ...valid, published: '10 March 2024' })?.field).toBe('published');
  });
  it('reads a calendar date as UTC midnight and keeps a zoned time exactly', () => {
    expect(parseCalendarDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseCalendarDate('2024-03-10T09:30:00+01:00')?.toISOString()).toBe('2024-03-10T08:30:00.000Z');
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('2024-03-10T24:00Z')).toBeNull();
  });
  it('refuses a date whose year in UTC is not four digits, which datetime, RSS and the sitemap cannot write', () => {
    expect(parseCalendarDate('9999-12-31T23:00:00-05:00')).toBeNull();
    expect(parseCalendarDate('9999-12-31T23:00:00+05:00')?.toISOString()).toBe('9999-12-31T18:00:00.000Z');
    expect(frontmatterProblem({ ...valid, published: '9999-12-31T23:00:00-05:00' })).toMatchObject({
      field: 'published',
      problem: expect.stringContaining('year 10000 in UTC'),
    });
  });
  it('says "is required" when the publication date is missing', () => {
    expect(frontmatterProblem({ ...valid, published: undefined })).toEqual({ field: 'published', problem: 'is required' });
  });
  it('names a topic of the wrong shape', () => {
    expect(frontmatterProblem({ ...valid, topics: ['<b>NATO</b>'] })?.field).toBe('topics.0');
  });
  it('names an unknown field, so a typo is never silently ignored', () => {
    expect(frontmatterProblem({ ...valid, headlin: 'x' })).toMatchObject({ problem: expect.stringContaining('headlin') });
  });
  it('requires an override to either name a speaker or drop the quote', () => {
    expect(frontmatterProblem({ ...valid, quoteOverrides: [{ quote: 'x' }] })?.field).toBe('quoteOverrides.0');
    expect(frontmatterProblem({ ...valid, quoteOverrides: [{ quote: 'x', drop: true }] })).toBeNull();
  });
  it('rejects a slug that is not lower-case words and hyphens', () => {
    expect(frontmatterProblem({ ...valid, slug: 'Bad Slug' })?.field).toBe('slug');
  });
});

describe('joinArticleText', () => {
  it('maps offsets back to their paragraph', () => {
    const text = joinArticleText(['ab', 'cde', 'f']);
    expect(text.text).toBe('ab\n\ncde\n\nf');
    expect([0, 1, 4, 6, 9].map((offset) => paragraphIndexAt(text, offset))).toEqual([0, 0, 1, 1, 2]);
  });
});
