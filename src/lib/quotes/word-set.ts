/**
 * A constant set of words for per-token tests. Most words of a text are in none of the engine's
 * lists, and a Set lookup must first hash the word (a new string per token); a bit table keyed by
 * the word's first and last letter and its length rejects most of them, and the few words sharing
 * all three with a member are compared with those members directly: no word is ever hashed.
 * Answers exactly as a Set would.
 */
export class WordSet {
  /** The members, each once (for a table built from several sets: word-bit-table.ts). */
  readonly words: readonly string[];
  /** Per (first, last) code unit (low 7 bits each): a bit per word length (31 and more share a bit). */
  private readonly shapes = new Uint32Array(128 * 128);
  /** Per (first, last, length) shape: the members of that shape (a handful at most); keyed by a small integer, which hashes in a few steps. */
  private readonly members = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)];
    for (const w of this.words) {
      const slot = WordSet.slot(w);
      this.shapes[slot] |= WordSet.bit(w);
      const shape = WordSet.shape(slot, w);
      const same = this.members.get(shape);
      if (same) same.push(w);
      else this.members.set(shape, [w]);
    }
  }

  private static slot(w: string): number {
    return ((w.charCodeAt(0) & 127) << 7) | (w.charCodeAt(w.length - 1) & 127);
  }

  private static bit(w: string): number {
    return 1 << (w.length < 31 ? w.length : 31);
  }

  private static shape(slot: number, w: string): number {
    return (slot << 5) | (w.length < 31 ? w.length : 31);
  }

  has(w: string): boolean {
    const slot = WordSet.slot(w);
    if ((this.shapes[slot] & WordSet.bit(w)) === 0) return false;
    const members = this.members.get(WordSet.shape(slot, w)) as string[];
    for (let i = 0; i < members.length; i++) if (members[i] === w) return true;
    return false;
  }
}

/**
 * Several word lists as one table, from each word to the bits of the lists it is in (a word in two
 * lists has both): a pass that asks a word about several lists hashes it once, not once per list.
 */
export function wordBitTable(lists: ReadonlyArray<readonly [Iterable<string>, number]>): Map<string, number> {
  const table = new Map<string, number>();
  for (const [list, bit] of lists) for (const w of list) table.set(w, (table.get(w) ?? 0) | bit);
  return table;
}
