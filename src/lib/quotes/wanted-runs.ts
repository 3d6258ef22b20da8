/**
 * The capitalised runs of an article that share a word with a speaker's name or source
 * (WantedWords), kept as spans and found again by any one of their words: a question about one
 * word reads its few runs, not all of them (a long text has thousands, and asks about thousands of
 * words).
 */
import { CapitalRuns } from './capital-runs.ts';
import { keyHash, keyHashAt, runWordEnd, runWordStart, slugHashAt, type WantedWords } from './wanted-words.ts';

/**
 * How a run's words fold for the questions: each without a possessive, as a person's name takes
 * them ("Clinton’s" → "clinton"); or only the last one, as a body's name does ("McDonald’s Corporation").
 */
export type RunWordFold = 'each-possessive' | 'last-possessive';

export class WantedRuns {
  /** Run r is text[starts[r], ends[r]), on the line that starts at lineStarts[r]. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly lineStarts: number[] = [];
  private readonly text: string;
  private readonly fold: RunWordFold;
  /** The runs by the hash of each of their words' folds, in text order. */
  private readonly byHash = new Map<number, number[]>();

  /** The runs of `pattern` (see CapitalRuns) at `openings` that share a word with `wanted` (all of them without it). */
  constructor(text: string, pattern: RegExp, openings: Int32Array, wanted: WantedWords | undefined, fold: RunWordFold) {
    this.text = text;
    this.fold = fold;
    const runs = new CapitalRuns(text, pattern, openings);
    let lineBreak = text.indexOf('\n');
    let lineStart = 0;
    while (runs.next()) {
      // (whether a run is wanted depends on its words alone: an unwanted run is no string at all)
      if (wanted && !wanted.someIn(text, runs.start, runs.end)) continue;
      // the line the run is on, found by going forward once over the text's line breaks (a search
      // back from each run would read a long line once per run)
      for (; lineBreak >= 0 && lineBreak < runs.start; lineBreak = text.indexOf('\n', lineStart)) lineStart = lineBreak + 1;
      this.add(runs.start, runs.end, lineStart);
    }
  }

  /** The runs (in text order) one of whose words may fold (slugifyName) to `key`: a hash's candidates, which the caller reads. */
  withWord(key: string): readonly number[] {
    return this.byHash.get(keyHash(key)) ?? [];
  }

  /** The text of run r. */
  run(r: number): string {
    return this.text.slice(this.starts[r], this.ends[r]);
  }

  private add(start: number, end: number, lineStart: number): void {
    const r = this.starts.length;
    this.starts.push(start);
    this.ends.push(end);
    this.lineStarts.push(lineStart);
    // the run's words, split at [ \u00a0] as WantedWords.someIn splits them
    const text = this.text;
    for (let i = runWordStart(text, start, end); i < end; ) {
      const j = runWordEnd(text, i, end);
      const h = this.fold === 'each-possessive' || j === end ? keyHashAt(text, i, j) : slugHashAt(text, i, j);
      const list = this.byHash.get(h);
      if (!list) this.byHash.set(h, [r]);
      else if (list[list.length - 1] !== r) list.push(r);
      i = runWordStart(text, j, end);
    }
  }
}
