import { z } from 'zod';

/** Lower-case words joined by single hyphens: the only shape a URL slug may take. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A topic is a short label ("NATO", "Middle East"): letters, digits, spaces, hyphens, "&", ".", "'". */
export const TOPIC_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} &.'’-]{0,39}$/u;

/** A BCP 47 language tag as editors write one: "en", "cs", "pt-BR", "zh-Hant". */
export const LANG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Whether the quote engine attributes speakers in this language: English only. */
export function attributesSpeakers(lang: string): boolean {
  return lang.toLowerCase().split('-')[0] === 'en';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A calendar date ("2024-03-10", read as UTC midnight) or a date-time with its zone
 * ("2024-03-10T09:30:00+01:00"); null for anything else. Stricter than `new Date()`, which turns
 * 2024-02-31 into 2 March, a bare number into a 1970 instant, and zone-less text into the build
 * machine's local time.
 */
export function parseCalendarDate(text: string): Date | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const part = (index: number) => Number(m[index] ?? 0);
  const [year, month, day] = [part(1), part(2), part(3)];
  const midnight = new Date(Date.UTC(year, month - 1, day));
  if (midnight.getUTCFullYear() !== year || midnight.getUTCMonth() !== month - 1 || midnight.getUTCDate() !== day) return null;
  if (m[4] === undefined) return inPrintableYears(midnight);
  if (part(4) > 23 || part(5) > 59 || part(6) > 59) return null;
  const date = new Date(text.trim());
  return Number.isNaN(date.getTime()) ? null : inPrintableYears(date);
}

/**
 * Only instants whose UTC year has four digits: a zone can carry 9999-12-31T23:00-05:00 into
 * the year 10000, which HTML's datetime, RSS and the sitemap schema cannot write.
 */
function inPrintableYears(date: Date): Date | null {
  const year = date.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? date : null;
}

function dateField(example: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be a date such as ${example}`) })
    .transform((text, ctx) => {
      const date = parseCalendarDate(text);
      if (date) return date;
      const instant = new Date(text.trim());
      const outOfRange = ISO_DATE.test(text.trim()) && !Number.isNaN(instant.getTime());
      ctx.addIssue({
        code: 'custom',
        message: outOfRange
          ? `"${text}" falls in the year ${instant.getUTCFullYear()} in UTC: dates must lie in the years 1000 to 9999`
          : `"${text}" is not a real date: write it as ${example}`,
      });
      return z.NEVER;
    });
}

const quoteOverrideSchema = z
  .object({
    /** The quoted words exactly as they stand between the quotation marks in the article. */
    quote: z.string().min(1),
    /** The speaker's full name, when the engine got it wrong or found none. */
    speaker: z.string().trim().min(1).max(120).optional(),
    type: z.enum(['person', 'organization']).optional(),
    description: z.string().trim().min(1).max(200).optional(),
    /** Leave the words on the page but treat them as a label, not as someone's speech. */
    drop: z.literal(true).optional(),
  })
  .strict()
  .refine((o) => (o.speaker === undefined) !== (o.drop === undefined), {
    message: 'give either "speaker" or "drop: true", not both or neither',
  });

export type QuoteOverride = z.infer<typeof quoteOverrideSchema>;

/** Article frontmatter, as editors write it. */
export const articleFrontmatterSchema = z
  .object({
    headline: z.string().trim().min(1, 'a headline is required').max(200),
    standfirst: z.string().trim().min(1, 'a standfirst is required').max(600),
    published: dateField('2024-03-10'),
    updated: dateField('2024-03-11').optional(),
    topics: z
      .array(z.string().trim().regex(TOPIC_PATTERN, 'a topic is a short label of letters, digits and spaces, such as "NATO"'))
      .max(12)
      .default([]),
    slug: z.string().regex(SLUG_PATTERN, 'a slug is lower-case words joined by hyphens').max(100).optional(),
    quoteOverrides: z.array(quoteOverrideSchema).default([]),
    /** The article's language, a BCP 47 tag ("en", "cs", "pt-BR"); the engine attributes English only. */
    lang: z.string().trim().regex(LANG_PATTERN, 'a language tag such as "en", "cs" or "pt-BR"').default('en'),
  })
  .strict()
  .refine((a) => a.updated === undefined || a.updated >= a.published, {
    path: ['updated'],
    message: 'cannot be earlier than published',
  });

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** An editorial speaker profile, `speakers/<id>.json`. */
export const speakerProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().min(1).max(300).optional(),
    type: z.enum(['person', 'organization']).optional(),
    aliases: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
  })
  .strict();

export type SpeakerProfileData = z.infer<typeof speakerProfileSchema>;

/** Turns a Zod failure into "field: problem" for the first issue, which is what an editor needs. */
export function describeSchemaIssue(error: z.ZodError): { field: string; problem: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '(frontmatter)', problem: 'is not valid' };
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(frontmatter)';
  let problem = issue.message;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) problem = 'is required';
  if (issue.code === 'unrecognized_keys') problem = `unknown field(s): ${issue.keys.join(', ')}`;
  return { field, problem };
}
