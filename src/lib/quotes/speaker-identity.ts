/**
 * Speaker identity: stable ids from names (diacritics folded, so "Radosław" and "Radoslaw" are one
 * person) and linking the same person across articles, where one article may only say "Macron" or
 * "the French leader" while another gives "Emmanuel Macron".
 */
import type { QuoteExtraction, Speaker } from './quote-types.ts';

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
  let out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/[^\x00-\x7f]/.test(out)) out = out.replace(/[łŁøØđĐßæÆœŒıþð]/g, (c) => SPECIAL_FOLDS[c] ?? c);
  return out;
}

const SLUGS = new Map<string, string>();

/** "Radosław Sikorski" → "radoslaw-sikorski". Apostrophes vanish ("O'Rourke" → "orourke"). */
export function slugifyName(name: string): string {
  let slug = SLUGS.get(name);
  if (slug === undefined) {
    slug = slugify(name);
    // a bounded memo: names repeat within and across articles
    if (SLUGS.size > 20000) SLUGS.clear();
    SLUGS.set(name, slug);
  }
  return slug;
}

function slugify(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Folded lower-case words of a name, for matching. */
const WORDS = new Map<string, string[]>();

export function nameWords(name: string): string[] {
  let words = WORDS.get(name);
  if (!words) {
    words = slugifyName(name)
      .split('-')
      .filter((w) => w.length > 0);
    if (WORDS.size > 20000) WORDS.clear();
    WORDS.set(name, words);
  }
  return words;
}

interface Canon {
  id: string;
  name: string;
  words: string[];
  type: Speaker['type'];
  description: string | null;
}

/**
 * Give the same person one id across articles. Full names seen anywhere (and profile names and
 * aliases) are canonical; a speaker whose name is one word ("Macron") links to the only canonical
 * person whose name ends (or starts) with that word. (Within one article, "the French leader"
 * was already resolved to the named person by coreference.) Ambiguity leaves the speaker as it
 * was: no guess is presented as fact.
 */
export function linkSpeakersAcrossArticles(extractions: QuoteExtraction[], profiles: SpeakerProfile[]): QuoteExtraction[] {
  const aliasToId = new Map<string, string>();
  const canon: Canon[] = [];
  const byId = new Map<string, Canon>();
  const addCanon = (c: Canon) => {
    if (!byId.has(c.id)) {
      byId.set(c.id, c);
      canon.push(c);
    }
  };
  for (const p of profiles) {
    aliasToId.set(slugifyName(p.name), p.id);
    aliasToId.set(slugifyName(p.id), p.id);
    for (const a of p.aliases) aliasToId.set(slugifyName(a), p.id);
    addCanon({ id: p.id, name: p.name, words: nameWords(p.name), type: 'person', description: null });
  }
  for (const ex of extractions) {
    for (const s of ex.speakers) {
      const words = nameWords(s.name);
      if (words.length >= 2 && !aliasToId.has(slugifyName(s.name))) addCanon({ id: s.id, name: s.name, words, type: s.type, description: s.description });
      const c = byId.get(aliasToId.get(slugifyName(s.name)) ?? s.id);
      if (c && !c.description && s.description) c.description = s.description;
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
    if (words.length === 1) {
      const fits = canon.filter((c) => c.type === s.type && c.words.length >= 2 && (c.words[c.words.length - 1] === words[0] || c.words[0] === words[0]));
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
