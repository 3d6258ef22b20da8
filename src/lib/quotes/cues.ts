/**
 * Finding cue–source pairs in a sentence frame: a speech verb with its subject ("he said", "said
 * Caddell", "Flynn, a top Trump surrogate, said"), a participle that borrows the main subject
 * ("…, adding that"), "according to X", a passive with its agent ("was described by X as"), and a
 * name before a colon that introduces a quote ("Limbaugh: “…”").
 */
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import { speechVerbBase, particleNeeded, isParticiple, isPastForm } from './speech-cues.ts';
import { subjectLeft, subjectRight, phraseRight, skipBetweenLeft, type Phrase } from './noun-phrases.ts';

export interface CuePair {
  /** Token range of the cue ("said", "according to", "pointed out"). */
  cueFirst: number;
  cueLast: number;
  /** The source phrase, or null for a participle waiting for the main subject. */
  subject: Phrase | null;
  /** "-ing" form with no subject of its own. */
  participle: boolean;
  /** The subject follows the verb ("said Caddell"). */
  inverted: boolean;
}

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'got', 'gets']);
/** Verbs of saying that take their subject after them ("“…,” said Caddell", "asked Smith"). */
const INVERTIBLE = new Set(['say', 'add', 'ask', 'write', 'continue', 'explain', 'insist', 'reply', 'respond', 'argue', 'note', 'declare', 'recall', 'state', 'warn', 'tweet', 'quip', 'joke', 'exclaim', 'shout', 'claim', 'concede', 'admit', 'boast', 'counter', 'retort', 'observe', 'remark', 'agree', 'predict', 'beam', 'laugh', 'muse', 'wonder', 'conclude', 'caution', 'complain', 'whisper', 'yell', 'scream', 'sigh', 'chime', 'gush', 'cry', 'report', 'opine', 'acknowledge', 'answer', 'repeat', 'reiterate', 'interject', 'recount', 'deadpan', 'snap', 'scoff', 'marvel', 'offer', 'suggest', 'contend', 'maintain', 'assert', 'emphasize', 'stress', 'confirm', 'allege', 'lament', 'plead', 'promise', 'vow', 'tell']);

/** Words after an "-s" form that show it is a plural noun ("states, including", "reports of"). */
const AFTER_PLURAL_NOUN = new Set(['of', 'in', 'on', 'for', 'from', 'about', 'with', 'and', 'or', 'by', 'at', 'to', 'were', 'are', 'have', 'had', 'was', 'is', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'which', 'who', 'show', 'suggest', 'indicate']);

/** Words before a verb form that show it is a noun ("the reports", "his remarks", "of claims"). */
const NOUN_SIGNALS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'recent', 'such', 'any', 'no', 'of', 'new', 'many', 'some', 'media', 'news', 'previous', 'latest', 'in', 'for', 'with', 'by', 'false', 'similar', 'press', 'several', 'numerous', 'conflicting', 'initial', 'unconfirmed']);

function isWordAt(tokens: Token[], i: number, lower: string): boolean {
  return i >= 0 && i < tokens.length && tokens[i].kind === 'word' && tokens[i].lower === lower;
}

export function findCuePairs(tokens: Token[], s: Sentence): CuePair[] {
  const pairs: CuePair[] = [];
  for (let v = s.first; v < s.last; v++) {
    const t = tokens[v];
    if (t.kind !== 'word') continue;
    if (t.lower === 'according' && isWordAt(tokens, v + 1, 'to')) {
      const np = phraseRight(tokens, v + 2, s.last);
      if (np) pairs.push({ cueFirst: v, cueLast: v + 2, subject: np, participle: false, inverted: true });
      continue;
    }
    const base = speechVerbBase(t.lower);
    if (!base) continue;
    // capitalised mid-sentence: a name or title ("Tell", "Post"), not a verb
    if (t.cap && v > s.first) continue;
    let cueLast = v + 1;
    const particles = particleNeeded(base);
    if (particles) {
      if (v + 1 < s.last && tokens[v + 1].kind === 'word' && particles.includes(tokens[v + 1].lower)) cueLast = v + 2;
      else continue;
    }
    const prev = v - 1 >= s.first ? tokens[v - 1] : null;
    // "member states, including …", "reports of …": a plural noun, not a verb
    if (t.lower.endsWith('s') && t.lower !== 'says') {
      const nx = v + 1 < s.last ? tokens[v + 1] : null;
      if (nx && nx.kind === 'word' && AFTER_PLURAL_NOUN.has(nx.lower)) continue;
      if ((!nx || nx.kind === 'punct') && prev && prev.kind === 'word' && !prev.cap && !/^(?:he|she|it|they|we|i|you|also|then|now|later|who|which|that)$/.test(prev.lower) && !prev.lower.endsWith('ly')) continue;
    }
    // plural nouns and infinitives: "the reports", "recent remarks", "declined to say"
    if (prev && prev.kind === 'word' && t.lower !== 'said' && t.lower !== 'told') {
      if (NOUN_SIGNALS.has(prev.lower) && !t.lower.endsWith('ing') && !t.lower.endsWith('ed')) continue;
      if (prev.lower === 'to' && !t.lower.endsWith('ing')) continue;
    }
    // passive: "was called", "been described as"; "by X" gives the agent
    let k = v - 1;
    while (k >= s.first && tokens[k].kind === 'word' && !tokens[k].cap && tokens[k].lower.endsWith('ly')) k--;
    if (k >= s.first && tokens[k].kind === 'word' && BE.has(tokens[k].lower) && isPastForm(t.lower)) {
      let by = -1;
      for (let j = cueLast; j < s.last && j < cueLast + 8; j++) {
        if (tokens[j].kind === 'word' && tokens[j].lower === 'by') {
          by = j;
          break;
        }
        if (tokens[j].kind !== 'word') break;
      }
      if (by >= 0) {
        const np = phraseRight(tokens, by + 1, s.last);
        if (np) pairs.push({ cueFirst: v, cueLast, subject: np, participle: false, inverted: true });
      }
      continue;
    }
    const participle = isParticiple(t.lower) && !(k >= s.first && tokens[k].kind === 'word' && BE.has(tokens[k].lower));
    if (participle) {
      // a participle right after a comma, a quote or at the start borrows the main subject
      pairs.push({ cueFirst: v, cueLast, subject: null, participle: true, inverted: false });
      continue;
    }
    let subject = subjectLeft(tokens, v, s.first);
    let inverted = false;
    const before = v - 1 >= s.first ? tokens[v - 1] : null;
    const afterQuote = !!before && (before.kind === 'quote' || (before.kind === 'punct' && before.text === ',' && v - 2 >= s.first && tokens[v - 2].kind === 'quote'));
    const afterComma = !!before && before.kind === 'punct' && before.text === ',';
    if ((!subject || afterQuote) && INVERTIBLE.has(base)) {
      // inverted order only for verbs of saying, right after a quote or a comma: "“…,” said Caddell"
      const right = afterQuote || afterComma || v === s.first ? subjectRight(tokens, v + (cueLast - v - 1), s.last) : null;
      if (right) {
        subject = right;
        inverted = true;
      }
    }
    if (!subject) {
      // a coordinated verb shares the sentence's subject: "X supported Paul, but now said …"
      const j = skipBetweenLeft(tokens, v - 1, s.first);
      const b = j >= s.first ? tokens[j] : null;
      if (b && ((b.kind === 'word' && (b.lower === 'and' || b.lower === 'but' || b.lower === 'or')) || (b.kind === 'punct' && b.text === ','))) {
        pairs.push({ cueFirst: v, cueLast, subject: null, participle: true, inverted: false });
      }
      continue;
    }
    pairs.push({ cueFirst: v, cueLast, subject, participle: false, inverted });
  }
  return pairs;
}
