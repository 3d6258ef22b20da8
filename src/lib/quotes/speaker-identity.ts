/**
 * Speaker identity: stable ids from names (diacritics folded, so "Radosław" and "Radoslaw" are one
 * person) and linking the same person across articles, where one article may only say "Macron" or
 * "the French leader" while another gives "Emmanuel Macron".
 */
import type { QuoteExtraction, Speaker } from './quote-types.ts';
import { BoundedMemo } from './bounded-memo.ts';

export interface SpeakerProfile {
  id: string;
  name: string;
  aliases: string[];
}

const SPECIAL_FOLDS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

/** "Radosław Sikorski" → "Radoslaw Sikorski": strips combining marks and folds letters NFD cannot split. */
export function foldDiacritics(s: string): string {
  // an ASCII string folds to itself (most words are ASCII, and normalize is a call into ICU and a new string)
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 128) i++;
  if (i === s.length) return s;
  let out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/[^\x00-\x7f]/.test(out)) out = out.replace(/[łŁøØđĐßæÆœŒıþð]/g, (c) => SPECIAL_FOLDS[c] ?? c);
  return out;
}

// (names repeat within and across articles; the 30,000 words a long text asks about fit)
const SLUGS = new BoundedMemo(slugify, 100000);

/** "Radosław Sikorski" → "radoslaw-sikorski". Apostrophes vanish ("O'Rourke" → "orourke"). */
export function slugifyName(name: string): string {
  return SLUGS.get(name);
}

/** slugifyName's answer without its memo: for a string asked about once (a whole name tested as a place), where a memo entry costs more than the fold. */
export function slugOf(name: string): string {
  return slugify(name);
}

function slugify(name: string): string {
  const folded = foldDiacritics(name);
  // (most names fold to ASCII: one pass over the char codes does what the four replaces do)
  const ascii = asciiSlug(folded);
  if (ascii !== null) return ascii;
  return folded
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * slugify's replaces for an all-ASCII string: lower case, apostrophes and backticks gone, every
 * run of other characters one hyphen, none at either end; null for a string with another character.
 */
function asciiSlug(s: string): string | null {
  let out = '';
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return null;
    if (c === 39 || c === 96) continue; // ' and `
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out.length > 0) out += '-';
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out;
}

/** "Jr.", "Sr.", "II"–"IV": a word after a surname that is no surname itself. */
export function isNameSuffix(word: string): boolean {
  return /^(?:jr|sr|ii|iii|iv)\.?$/i.test(word);
}

/** Folded lower-case words of a name, for matching (names recur across articles). */
const WORDS = new BoundedMemo((name) => slugWords(slugifyName(name)));

/** A slug's words (a slug has no hyphen at either end nor two together: only the empty slug has none). */
export function slugWords(slug: string): string[] {
  return slug === '' ? [] : slug.split('-');
}

export function nameWords(name: string): string[] {
  return WORDS.get(name);
}

interface Canon {
  id: string;
  name: string;
  words: string[];
  type: Speaker['type'];
  description: string | null;
  /** Head words of every description the archive gives them ("president"), to tell namesakes apart. */
  roles: Set<string>;
}

/** "Former President" → "president": the word a description is about. */
function roleOf(description: string | null): string | null {
  if (!description) return null;
  const w = nameWords(description.split(/\s+(?:of|at|for|to|in|with|from)\s+|,/)[0]);
  return w.length ? w[w.length - 1] : null;
}

/**
 * The key under which forms of one name are one person: first and last word for a person
 * ("Donald J. Trump" = "Donald Trump", "Hillary Rodham Clinton" = "Hillary Clinton"), the whole
 * name for an organisation.
 */
function identityKey(name: string, type: Speaker['type']): string {
  if (type !== 'person') return slugifyName(name);
  const w = nameWords(name).filter((x) => !isNameSuffix(x));
  return w.length < 2 ? w.join('-') : `${w[0]}-${w[w.length - 1]}`;
}

/** The form readers know: fewest words ("Donald Trump" over "Donald J. Trump"), then the most used. */
function readersForm(forms: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [name, count] of forms) {
    const d = best ? nameWords(name).length - nameWords(best).length : -1;
    if (d < 0 || (d === 0 && (count > bestCount || (count === bestCount && name < best)))) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Give the same person one id across articles. Full names seen anywhere (and profile names and
 * aliases) are canonical; forms that differ only in middle names or initials are one person, shown
 * by the shortest form. A speaker whose name is one word ("Macron") links to the only canonical
 * person whose name ends (or starts) with that word. (Within one article, "the French leader" and
 * "Macron" were already resolved to the article's full name.) Ambiguity ("Clinton" where the
 * archive has Bill and Hillary Clinton) leaves the speaker as it was: no guess is presented as fact.
 */
export function linkSpeakersAcrossArticles(extractions: QuoteExtraction[], profiles: SpeakerProfile[]): QuoteExtraction[] {
  const aliasToId = new Map<string, string>();
  const keyToProfile = new Map<string, string>();
  const canon: Canon[] = [];
  const byId = new Map<string, Canon>();
  const byKey = new Map<string, Canon>();
  for (const p of profiles) {
    aliasToId.set(slugifyName(p.name), p.id);
    aliasToId.set(slugifyName(p.id), p.id);
    for (const a of p.aliases) aliasToId.set(slugifyName(a), p.id);
    for (const n of [p.name, ...p.aliases]) if (nameWords(n).length >= 2 && !keyToProfile.has(identityKey(n, 'person'))) keyToProfile.set(identityKey(n, 'person'), p.id);
    const c: Canon = { id: p.id, name: p.name, words: nameWords(p.name), type: 'person', description: null, roles: new Set() };
    if (!byId.has(c.id)) {
      byId.set(c.id, c);
      canon.push(c);
    }
  }
  // every full form of every name, counted, under its identity key
  const forms = new Map<string, { type: Speaker['type']; forms: Map<string, number>; description: string | null; roles: Set<string> }>();
  for (const ex of extractions) {
    for (const s of ex.speakers) {
      if (nameWords(s.name).length < 2 || aliasToId.has(slugifyName(s.name))) continue;
      const key = identityKey(s.name, s.type);
      let g = forms.get(key);
      if (!g) forms.set(key, (g = { type: s.type, forms: new Map(), description: null, roles: new Set() }));
      g.forms.set(s.name, (g.forms.get(s.name) ?? 0) + 1);
      const role = roleOf(s.description);
      if (role) g.roles.add(role);
      if (!g.description && s.description) g.description = s.description;
    }
  }
  for (const [key, g] of forms) {
    const profileId = keyToProfile.get(key);
    const existing = profileId ? byId.get(profileId) : undefined;
    if (existing) {
      byKey.set(key, existing);
      continue;
    }
    const name = readersForm(g.forms);
    const c: Canon = { id: slugifyName(name), name, words: nameWords(name), type: g.type, description: g.description, roles: g.roles };
    byKey.set(key, c);
    if (!byId.has(c.id)) {
      byId.set(c.id, c);
      canon.push(c);
    }
  }

  const resolve = (s: Speaker): Speaker => {
    const slug = slugifyName(s.name);
    const viaAlias = aliasToId.get(slug) ?? aliasToId.get(s.id);
    if (viaAlias) {
      const c = byId.get(viaAlias);
      return { ...s, id: viaAlias, name: c?.name ?? s.name, description: s.description ?? c?.description ?? null };
    }
    const words = nameWords(s.name);
    if (words.length >= 2) {
      const c = byKey.get(identityKey(s.name, s.type));
      return c ? { ...s, id: c.id, name: c.name, description: s.description ?? c.description } : s;
    }
    if (words.length === 1) {
      let fits = canon.filter((c) => c.type === s.type && c.words.length >= 2 && (c.words[c.words.length - 1] === words[0] || c.words[0] === words[0]));
      // namesakes told apart by title: "President Obama" is the Obama the archive calls president
      const role = roleOf(s.description);
      if (fits.length > 1 && role) fits = fits.filter((c) => c.roles.has(role));
      if (fits.length === 1) return { ...s, id: fits[0].id, name: fits[0].name, description: s.description ?? fits[0].description };
    }
    return s;
  };

  return extractions.map((ex) => {
    const map = new Map<string, Speaker>();
    const mapped = (s: Speaker | null): Speaker | null => {
      if (!s) return null;
      let r = map.get(s.id);
      if (!r) {
        r = resolve(s);
        map.set(s.id, r);
      }
      return r;
    };
    const speakers: Speaker[] = [];
    const seen = new Set<string>();
    for (const s of ex.speakers) {
      const r = mapped(s) as Speaker;
      if (!seen.has(r.id)) {
        seen.add(r.id);
        speakers.push(r);
      }
    }
    return {
      ...ex,
      quotes: ex.quotes.map((q) => ({ ...q, speaker: mapped(q.speaker) })),
      reported: ex.reported.map((r) => ({ ...r, speaker: mapped(r.speaker) })),
      speakers,
    };
  });
}
