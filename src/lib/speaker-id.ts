import { createHash } from 'node:crypto';
import { slugify } from './slugify.ts';

/** Longest speaker id: a URL segment and a folder name on every file system, with room to spare. */
export const MAX_SPEAKER_ID = 64;
const HASH_LENGTH = 8;

function shortHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, HASH_LENGTH);
}

/** The longest run of whole hyphen-joined words of `id` that fits `max`. */
function readablePrefix(id: string, max: number): string {
  const cut = id.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : id.slice(0, max)).replace(/-+$/, '');
}

/**
 * A speaker's id: the slug of the engine's id or of the name; a name with no Latin letter or
 * digit (مريم الحسيني) spells out its code points, so two such names never share one page. Any id
 * longer than MAX_SPEAKER_ID keeps a readable prefix and ends in a short hash of the full name,
 * so long names stay apart and never make a file name the file system refuses. Digits alone would
 * read as a page number (/speakers/2/), so such an id gets a word in front.
 */
export function speakerId(engineId: string, name: string): string {
  const latin = slugify(engineId, Number.MAX_SAFE_INTEGER) || slugify(name, Number.MAX_SAFE_INTEGER);
  const spelled = [...name.normalize('NFC').trim()].map((c) => c.codePointAt(0)!.toString(36)).join('-');
  const id = latin && !/^[0-9]+$/.test(latin) ? latin : `speaker-${latin || spelled}`;
  if (id.length <= MAX_SPEAKER_ID) return id;
  return `${readablePrefix(id, MAX_SPEAKER_ID - HASH_LENGTH - 1)}-${shortHash(latin ? id : name)}`;
}
