/**
 * The capitalised runs of an article that share a word with a speaker's name or source
 * (WantedWords), kept as spans and found again by any one of their words: a question about one
 * word reads its few runs, not all of them (a long text has thousands, and asks about thousands of
 * words).
 */
import { CapitalRuns, type RunMatcher } from './capital-runs.ts';
import { keyHash, keyHashesOf, runWordEnd, runWordStart, slugHashAt, type WantedWords } from './wanted-words.ts';
import { slugifyName } from './speaker-identity.ts';
import { endsPossessiveS } from './possessives.ts';

/** How a name scan reads its runs: a run's name (or null), and what it notes of each occurrence. */
export interface RunReader {
  /** The name a run's text gives, or null (depends on the text alone: read once per distinct run). */
  name(run: string): string | null;
  /** Told of every run that gives a name, with the run's index (as a run is read again for another word). */
  noted?(name: string, r: number): void;
  /** Whether a name found goes in the answer (asked after every run holding the word is read). */
  keep?(name: string): boolean;
}

/**
 * How a run's words fold for the questions: each without a possessive, as a person's name takes
 * them ("Clinton’s" → "clinton"); or only the last one, as a body's name does ("McDonald’s Corporation").
 */
export type RunWordFold = 'each-possessive' | 'last-possessive';

export class WantedRuns {
  /** Run r is text[starts[r], ends[r]). */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly text: string;
  private readonly fold: RunWordFold;
  /** Run r's words' hashes (keyHashAt, or slugHashAt where a body's word keeps its possessive) are hashes[hashesFrom[r] … hashesFrom[r + 1] - 1]. */
  private readonly hashes: number[] = [];
  private readonly hashesFrom: number[] = [0];
  /** How many questions were answered by reading every run's hashes (see runsWithHash). */
  private scans = 0;
  /** The runs by the hash of each of their words' folds, in text order: made when the questions have cost about what it costs. */
  private byHash: Map<number, number[]> | null = null;
  /** namesWithWord's memos: a run's name by its text, the answer by the word asked. */
  private readonly byRun = new Map<string, string | null>();
  private readonly byKey = new Map<string, string[]>();

  /** The runs `match` finds (see CapitalRuns) at `openings` that share a word with `wanted` (all of them without it). */
  constructor(text: string, match: RunMatcher, openings: readonly number[], wanted: WantedWords | undefined, fold: RunWordFold) {
    this.text = text;
    this.fold = fold;
    const runs = new CapitalRuns(text, match, openings);
    const hashes: number[] = [];
    while (runs.next()) {
      // (whether a run is wanted depends on its words alone: an unwanted run is no string at all)
      const { start, end } = runs;
      const n = wanted ? wanted.keyHashesIfWanted(text, start, end, hashes) : keyHashesOf(text, start, end, hashes);
      if (n >= 0) this.add(start, end, hashes, n);
    }
  }

  /**
   * The names `reader` reads from the runs holding `key` that open or end with a word folding
   * (slugifyName) to it, each once, in the order the text first gives them. A name is read from a
   * run with words taken off, never added: the runs holding `key` hold every occurrence of the names
   * it opens or ends. Each word is answered once.
   */
  namesWithWord(key: string, reader: RunReader): string[] {
    let names = this.byKey.get(key);
    if (names) return names;
    const found = new Set<string>();
    // (the hash's candidates: a run whose word only shares the hash gives names the filter drops)
    for (const r of this.runsWithHash(keyHash(key))) {
      const run = this.text.slice(this.starts[r], this.ends[r]);
      let name = this.byRun.get(run);
      if (name === undefined) this.byRun.set(run, (name = reader.name(run)));
      if (name === null) continue;
      reader.noted?.(name, r);
      found.add(name);
    }
    names = [...found].filter((name) => (reader.keep?.(name) ?? true) && endsFold(name, key));
    this.byKey.set(key, names);
    return names;
  }

  /**
   * The runs one of whose words' hashes is h, each once, in text order. Most texts ask a few words
   * of a few dozen runs: each question reads every run's hashes, until as many have been asked as
   * an index by hash costs to make (a long text asks hundreds).
   */
  private runsWithHash(h: number): readonly number[] {
    if (this.byHash === null && this.scans++ < SCANS_BEFORE_INDEX) return this.scanForHash(h);
    return (this.byHash ??= this.indexByHash()).get(h) ?? [];
  }

  /** runsWithHash's answer from every run's hashes. */
  private scanForHash(h: number): number[] {
    const { hashes, hashesFrom } = this;
    const runs: number[] = [];
    for (let r = 0; r < this.starts.length; r++) {
      for (let w = hashesFrom[r]; w < hashesFrom[r + 1]; w++) {
        if (hashes[w] === h) {
          runs.push(r);
          break;
        }
      }
    }
    return runs;
  }

  /** The runs by each of their words' hashes, each run once a hash, in text order. */
  private indexByHash(): Map<number, number[]> {
    const { hashes, hashesFrom } = this;
    const byHash = new Map<number, number[]>();
    for (let r = 0; r < this.starts.length; r++) {
      for (let w = hashesFrom[r]; w < hashesFrom[r + 1]; w++) {
        const h = hashes[w];
        const list = byHash.get(h);
        if (!list) byHash.set(h, [r]);
        else if (list[list.length - 1] !== r) list.push(r);
      }
    }
    return byHash;
  }

  /** Adds run text[start, end), whose n words' keys hash (keyHashAt) to hashes[0 … n-1]. */
  private add(start: number, end: number, hashes: number[], n: number): void {
    this.starts.push(start);
    this.ends.push(end);
    if (this.fold === 'last-possessive' && n > 1) this.keepPossessives(start, end, hashes);
    for (let w = 0; w < n; w++) this.hashes.push(hashes[w]);
    this.hashesFrom.push(this.hashes.length);
  }

  /** A body's words before its last keep a possessive ("McDonald’s Corporation"): their hashes become slugHashAt's. */
  private keepPossessives(start: number, end: number, hashes: number[]): void {
    const text = this.text;
    for (let w = 0, i = runWordStart(text, start, end); i < end; w++) {
      const j = runWordEnd(text, i, end);
      if (j !== end && endsPossessiveS(text, i, j)) hashes[w] = slugHashAt(text, i, j);
      i = runWordStart(text, j, end);
    }
  }
}

/** Questions answered by reading every run's hashes before the runs are indexed by hash: about what the index costs to make. */
const SCANS_BEFORE_INDEX = 8;

/** Whether the name's first or last word folds to `key`. */
function endsFold(name: string, key: string): boolean {
  // (the first and last of name.split(' '), sliced: no array of every word)
  const space = name.indexOf(' ');
  if (slugifyName(space < 0 ? name : name.slice(0, space)) === key) return true;
  return space >= 0 && slugifyName(name.slice(name.lastIndexOf(' ') + 1)) === key;
}
