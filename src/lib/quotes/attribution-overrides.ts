/**
 * Editorial corrections without touching code: an article's frontmatter may fix or drop one
 * attribution. Overrides are validated strictly (a bad one is an error naming the file) and match
 * exactly one quotation, so an edit to the article that makes an override stale is caught at build
 * time rather than silently ignored. Also lists speech quotes that got no speaker, for the editor's
 * build report.
 */
import type { Quote, QuoteExtraction, Speaker, SpeakerType } from './quote-types.ts';
import { slugifyName } from './speaker-identity.ts';

export interface AttributionOverride {
  /** The quoted words: the quote's exact text, or a beginning of it that only one quote has. */
  quote: string;
  /** The right speaker, or null for "no one can be named". Ignored when `drop` is set. */
  speaker?: { name: string; type?: SpeakerType; description?: string | null } | null;
  /** Not speech after all (a label, a title): the quote leaves every speaker page. */
  drop?: boolean;
}

export class AttributionOverrideError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'AttributionOverrideError';
    this.file = file;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Check frontmatter data (anything) and return typed overrides, or throw naming the file. */
export function validateOverrides(value: unknown, file: string): AttributionOverride[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new AttributionOverrideError(file, 'quote overrides must be a list');
  return value.map((item, i) => {
    const where = `quote override #${i + 1}`;
    if (!isRecord(item)) throw new AttributionOverrideError(file, `${where} must be an object`);
    for (const key of Object.keys(item)) {
      if (key !== 'quote' && key !== 'speaker' && key !== 'drop') throw new AttributionOverrideError(file, `${where} has an unknown field "${key}"`);
    }
    if (typeof item.quote !== 'string' || item.quote.trim().length < 3) throw new AttributionOverrideError(file, `${where} needs "quote": the quoted words (at least 3 characters)`);
    if (item.drop !== undefined && typeof item.drop !== 'boolean') throw new AttributionOverrideError(file, `${where}: "drop" must be true or false`);
    if (item.drop !== true && !('speaker' in item)) throw new AttributionOverrideError(file, `${where} needs "speaker" (or "drop: true")`);
    let speaker: AttributionOverride['speaker'];
    if (item.speaker === null) speaker = null;
    else if (item.speaker !== undefined) {
      const sp = item.speaker;
      if (!isRecord(sp) || typeof sp.name !== 'string' || !slugifyName(sp.name)) throw new AttributionOverrideError(file, `${where}: "speaker" needs a "name"`);
      if (sp.type !== undefined && sp.type !== 'person' && sp.type !== 'organization') throw new AttributionOverrideError(file, `${where}: speaker "type" must be "person" or "organization"`);
      if (sp.description !== undefined && sp.description !== null && typeof sp.description !== 'string') throw new AttributionOverrideError(file, `${where}: speaker "description" must be text`);
      speaker = { name: sp.name.trim(), type: sp.type as SpeakerType | undefined, description: (sp.description as string | null | undefined) ?? null };
    }
    return { quote: item.quote, speaker, drop: item.drop === true ? true : undefined };
  });
}

/** Apply overrides to one article's extraction; each must match exactly one quotation. */
export function applyAttributionOverrides(extraction: QuoteExtraction, overrides: AttributionOverride[], file: string): QuoteExtraction {
  const quotes: Quote[] = extraction.quotes.map((q) => ({ ...q }));
  for (const [i, o] of overrides.entries()) {
    const exact = quotes.filter((q) => q.text === o.quote);
    const matches = exact.length > 0 ? exact : quotes.filter((q) => q.text.startsWith(o.quote));
    if (matches.length !== 1) {
      const why = matches.length === 0 ? 'matches no quotation in the article' : `matches ${matches.length} quotations; quote more of the words`;
      throw new AttributionOverrideError(file, `quote override #${i + 1} ("${o.quote}") ${why}`);
    }
    const q = matches[0];
    if (o.drop) {
      q.kind = 'term';
      q.speaker = null;
      q.cue = null;
      q.source = null;
      continue;
    }
    q.kind = 'speech';
    q.speaker = o.speaker ? { id: slugifyName(o.speaker.name), name: o.speaker.name, type: o.speaker.type ?? 'person', description: o.speaker.description ?? null } : null;
  }
  // speakers: those of the speech quotes, once each, in order of first appearance
  const speakers: Speaker[] = [];
  const seen = new Set<string>();
  for (const q of quotes) {
    if (q.kind === 'speech' && q.speaker && !seen.has(q.speaker.id)) {
      seen.add(q.speaker.id);
      speakers.push(q.speaker);
    }
  }
  return { ...extraction, quotes, speakers };
}

/** Speech quotes that got no speaker: the build report an editor reviews. */
export function unattributedSpeech(extraction: QuoteExtraction): Quote[] {
  return extraction.quotes.filter((q) => q.kind === 'speech' && q.speaker === null);
}
