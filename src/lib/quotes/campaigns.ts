/**
 * A candidate's campaign speaks as a body of its own: "Clinton’s campaign said", "the Trump
 * campaign wrote", "her campaign said" are the organisation readers know as "the Clinton
 * campaign" (named for the candidate's surname), when the candidate is a person the article names.
 * The candidate is not who spoke, and the campaign is no unnamed body.
 */
import type { Token } from './tokens.ts';
import type { Phrase } from './noun-phrases.ts';
import { genderOfEntity, type Entity, type EntityRegistry } from './coreference.ts';
import { ORG_HEADS } from './organizations.ts';
import { isNameSuffix } from './speaker-identity.ts';

// (string methods called through String.prototype on this hot path: decision 0020)
const startsWith = String.prototype.startsWith;
const charCodeAt = String.prototype.charCodeAt;

/** "campaign", or its possessive: /^campaign(?:['’]s?)?$/ by characters (asked about the head of most phrases). */
function isCampaignWord(w: string): boolean {
  if (!startsWith.call(w, 'campaign')) return false;
  const n = w.length;
  if (n === 8) return true;
  const c = charCodeAt.call(w, 8);
  if (c !== 39 && c !== 0x2019) return false;
  return n === 9 || (n === 10 && charCodeAt.call(w, 9) === 115);
}

/** The campaign's owner inside `ph` ("Clinton’s", "Trump", "her"), or null when `ph` is no campaign of a named owner. */
export function campaignOwner(tokens: Token[], ph: Phrase): Phrase | null {
  const head = tokens[ph.head];
  // ("the Trump campaign's website": the possessor names the campaign that owns it)
  if (ph.head !== ph.last - 1 || head.kind !== 'word' || head.cap || !isCampaignWord(head.lower)) return null;
  // a bare "campaign" has no owner (and nothing before it in the phrase to read)
  if (ph.head === ph.first) return null;
  let k = ph.head - 1;
  // "Clinton’s presidential campaign": lower-case words before the noun qualify it
  while (k > ph.first && tokens[k].kind === 'word' && !tokens[k].cap && tokens[k].lower !== 'and' && tokens[k].lower !== 'his' && tokens[k].lower !== 'her') k--;
  const t = tokens[k];
  if (t.kind !== 'word') return null;
  if (!t.cap) return (t.lower === 'his' || t.lower === 'her') && k === ph.first ? { first: k, last: k + 1, head: k, nameFirst: k, nameLast: k + 1 } : null;
  let start = k;
  while (start > ph.first && tokens[start - 1].kind === 'word' && tokens[start - 1].cap) start--;
  // only "the" may open the phrase before the owner ("a Clinton campaign …" is no campaign the text names)
  if (start > ph.first && !(start === ph.first + 1 && tokens[ph.first].lower === 'the')) return null;
  return { first: start, last: k + 1, head: k, nameFirst: start, nameLast: k + 1 };
}

/**
 * The campaign of `owner` (campaignOwner's phrase, resolved to `e`), registered as an organisation;
 * null when its owner is no person the article names. (The caller resolves the owner, so it makes no
 * resolver closure for every phrase it reads: most phrases are no campaign.)
 */
export function campaignReference(registry: EntityRegistry, tokens: Token[], owner: Phrase, e: Entity | null, at: number): Entity | null {
  if (!e || e.speaker.type !== 'person') return null;
  // ("Robert F. Kennedy Jr.": the Kennedy campaign)
  const surname = e.speaker.name.split(' ').filter((w) => !isNameSuffix(w)).pop() ?? e.speaker.name;
  // (a body taken for a person, "Democratic Party", owns no campaign; "his" only of someone known to be a man)
  if (ORG_HEADS.has(surname.toLowerCase())) return null;
  const pronoun = tokens[owner.head].lower;
  if ((pronoun === 'his' || pronoun === 'her') && (genderOfEntity(e) ?? e.heardAs) !== (pronoun === 'his' ? 'm' : 'f')) return null;
  const name = `${surname} campaign`;
  return registry.fromName({ kind: 'name', name, type: 'organization', description: null, head: 'campaign', modifiers: [], nameStart: at, nameEnd: at, titled: false }, at, true);
}
