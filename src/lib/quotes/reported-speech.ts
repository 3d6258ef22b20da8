/**
 * Reported (indirect) speech: sentences with no quotation that still cite someone ("Moscow has
 * repeatedly said that it is ready for talks …", "…, Rome has warned"). Returned apart from the
 * quotations; the content is the clause the cue governs.
 */
import type { Token } from './tokens.ts';
import type { Sentence } from './sentences.ts';
import type { CuePair } from './cues.ts';
import { CLAUSE_OPENING_WORD } from './word-bits.ts';

export interface ReportedContent {
  start: number;
  end: number;
  pair: CuePair;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const ch = text[end - 1];
    if (ch === '.' || ch === ',' || ch === ' ' || ch === ';' || ch === ':' || ch === '\u00a0') end--;
    else break;
  }
  return end;
}

/** Whether the word "that" is among tokens [from, to). */
function hasThat(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].kind === 'word' && tokens[k].lower === 'that') return true;
  return false;
}

/** The reported clause of a sentence without quotes, or null when its cue governs no clause. */
export function reportedContent(text: string, tokens: Token[], s: Sentence, pairs: readonly CuePair[]): ReportedContent | null {
  for (const p of pairs) {
    if (!p.subject || p.form === 'participle') continue;
    const lead = p.form === 'inverted' ? p.cueFirst : p.subject.first;
    // "…, Rome has warned." / "…, he added." — the clause before the comma
    // (whether the cue governs a "that" clause is asked only of a cue set off by a comma)
    if (lead > s.first + 2 && tokens[lead - 1].kind === 'punct' && tokens[lead - 1].text === ',' && !hasThat(tokens, p.cueLast, s.last)) {
      const start = tokens[s.first].start;
      const end = trimEnd(text, start, tokens[lead - 2].end);
      if (end - start > 10) return { start, end, pair: p };
    }
    // "According to X, …"
    if (tokens[p.cueFirst].lower === 'according' && p.subject.last < s.last && tokens[p.subject.last].text === ',') {
      const first = p.subject.last + 1;
      if (first < s.last) {
        const start = tokens[first].start;
        const end = trimEnd(text, start, tokens[s.last - 1].end);
        if (end - start > 10) return { start, end, pair: p };
      }
    }
    // "X said (that) …" — skip a short object ("told reporters")
    if (p.form !== 'inverted') {
      let k = p.cueLast;
      let skipped = 0;
      while (k < s.last && skipped < 6 && tokens[k].kind === 'word' && tokens[k].lower !== 'that') {
        if (skipped === 0 && (tokens[k].bits2 & CLAUSE_OPENING_WORD) !== 0) break;
        k++;
        skipped++;
      }
      if (k < s.last && tokens[k].lower === 'that') k++;
      else k = p.cueLast;
      if (k < s.last && tokens[k].kind === 'punct' && (tokens[k].text === ',' || tokens[k].text === ':')) k++;
      if (k < s.last && s.last - k >= 3) {
        const start = tokens[k].start;
        const end = trimEnd(text, start, tokens[s.last - 1].end);
        if (end - start > 10) return { start, end, pair: p };
      }
    }
  }
  return null;
}
