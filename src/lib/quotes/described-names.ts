/**
 * A name after its description, the phrase cut at the description's first lower-case word: "said
 * Concord resident Whit Symms" read as "Concord", "Oversight ranking Democrat Elijah Cummings" as
 * "Oversight", "Republican presidential hopeful Sen. Ted Cruz" as "Republican". The capitalised
 * word is a place, a body or a party describing the person named after the role words.
 */
import type { Token } from './tokens.ts';
import type { Phrase } from './noun-phrases.ts';
import { TITLE, ROLE_NOUN, MORE_ROLE, INDEFINITE, ORG_HEAD } from './word-bits.ts';
import { endsPossessive } from './possessives.ts';

/** A role, a title or another role word (ROLE_NOUNS, TITLE_WORDS, MORE_ROLES): asked of a token, whose bits say it. */
function isRole(t: Token): boolean {
  return (t.bits & (TITLE | ROLE_NOUN | MORE_ROLE)) !== 0;
}

/** People of a body the text leaves unnamed ("a Trump aide", "a White House official", "one GOP operative"). */
const MEMBERS = new Set(['aide', 'official', 'staffer', 'supporter', 'operative', 'member', 'source', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'employee', 'worker', 'volunteer', 'delegate', 'donor', 'insider', 'lawmaker', 'representative', 'reporter', 'strategist', 'officer', 'person', 'lawyer', 'attorney']);

/**
 * "a former U.S. law enforcement official", "a senior Cruz aide", "one district GOP chair": an
 * indefinite phrase cut at the body's or the person's name before the member it speaks of names
 * no one who spoke.
 */
export function unnamedMember(tokens: Token[], ph: Phrase): boolean {
  if ((tokens[ph.first].bits & INDEFINITE) === 0) return false;
  // the capitalised run inside the phrase ("Okonkwo", "U.S.", "Republican National Committee")
  let k = ph.first + 1;
  while (k < ph.last && !(tokens[k].kind === 'word' && tokens[k].cap)) k++;
  if (k >= ph.last) return false;
  while (k < tokens.length && tokens[k].kind === 'word' && tokens[k].cap) k++;
  // then, in the phrase or just past where it was cut, the member it speaks of
  for (let end = k + 3; k < tokens.length && k < end && tokens[k].kind === 'word' && !tokens[k].cap; k++) {
    const w = tokens[k].lower;
    if (MEMBERS.has(w) || isRole(tokens[k])) return true;
  }
  return false;
}

/**
 * The phrase that names the person after the role words following `ph` ("Whit Symms" after
 * "Concord" + "resident"), or null when `ph` is not followed by role words and a name of two
 * capitalised words or more.
 */
export function nameAfterDescription(tokens: Token[], ph: Phrase): Phrase | null {
  const last = tokens[ph.last - 1];
  if (!last || last.kind !== 'word' || !last.cap || endsPossessive(last.lower)) return null;
  let k = ph.last;
  // at most three lower-case words, each a role, a title or a body's word, the last a role or title
  while (k < tokens.length && k - ph.last < 3 && tokens[k].kind === 'word' && !tokens[k].cap) {
    if (!isRole(tokens[k]) && (tokens[k].bits & ORG_HEAD) === 0) return null;
    k++;
  }
  if (k === ph.last || !isRole(tokens[k - 1])) return null;
  let j = k;
  while (j < tokens.length && tokens[j].kind === 'word' && tokens[j].cap) j++;
  return j - k >= 2 ? { first: k, last: j, head: j - 1, nameFirst: k, nameLast: j } : null;
}
