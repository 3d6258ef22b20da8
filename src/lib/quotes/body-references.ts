/**
 * Bodies referred to by a common noun: "The nonpartisan Commission on Presidential Debates says …
 * The commission says", "the Association of Flight Attendants called … the union wrote". A
 * definite body noun is the latest organisation whose name carries that word, else the
 * organisation in focus, unless the text has since brought in an unnamed body of that kind ("a New
 * Hampshire ballot commission … the commission said" is no one the text names).
 */
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import type { Entity, EntityRegistry } from './coreference.ts';
import type { Phrase } from './noun-phrases.ts';
import { countryOf } from './world-knowledge.ts';
import { WordSet } from './word-set.ts';
import { BODY_NOUN } from './word-bits.ts';

/** Common nouns for an organisation a text names ("the union", "the agency", "the company"): each token's BODY_NOUN bit (word-bits.ts), set for its lower-case words. */
export const BODY_NOUNS = new WordSet([
  'union', 'agency', 'commission', 'committee', 'group', 'company', 'organization', 'organisation', 'newspaper', 'paper',
  'network', 'council', 'department', 'firm', 'foundation', 'association', 'coalition', 'bureau', 'board', 'magazine',
  'institute', 'alliance', 'federation', 'league', 'ministry', 'pac', 'caucus', 'corporation', 'charity', 'center', 'centre',
]);

/** Where each kind of body was last brought in without a name ("a ballot commission"). */
export type UnnamedBodies = Map<string, number>;

/** A body in focus is meant this far at most (characters) after it was last named. */
const BODY_GAP = 1500;

/** Notes the unnamed bodies a sentence brings in: "a New Hampshire ballot commission", "another group". */
export function noteUnnamedBodies(tokens: Token[], s: Sentence, seen: UnnamedBodies): void {
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    if ((t.bits & BODY_NOUN) === 0) continue;
    let j = k - 1;
    while (j >= s.first && k - j <= 4 && tokens[j].kind === 'word' && tokens[j].lower !== 'a' && tokens[j].lower !== 'an' && tokens[j].lower !== 'another' && tokens[j].lower !== 'the') j--;
    if (j < s.first || tokens[j].kind !== 'word') continue;
    // "a ballot commission", or "the trade group for …" (words of its own between): a body not named
    if (tokens[j].lower !== 'the' || (j < k - 1 && !tokens[k - 1].cap)) seen.set(t.lower, t.start);
  }
}

/**
 * The organisation "the commission" / "the union" refers to, null when none fits, undefined when
 * the phrase is no definite body noun standing alone.
 */
export function bodyReference(registry: EntityRegistry, tokens: Token[], ph: Phrase, unnamed: UnnamedBodies | undefined, at: number): Entity | null | undefined {
  const head = tokens[ph.head];
  const first = tokens[ph.first];
  if (ph.last - ph.first !== 2 || ph.head !== ph.first + 1 || (head.bits & BODY_NOUN) === 0) return undefined;
  if (first.lower !== 'the' && first.lower !== 'this') return undefined;
  // the latest organisation whose name carries the word ("Commission on Presidential Debates")
  const since = unnamed?.get(head.lower) ?? -1;
  const named = registry.recentOrganization((e) => e.words.includes(head.lower));
  if (named) return named.lastSeen > since ? named : null;
  const focus = registry.focusOrg;
  if (!focus || countryOf(focus.speaker.name) || at - focus.lastSeen > BODY_GAP) return null;
  return focus.lastSeen > since ? focus : null;
}
