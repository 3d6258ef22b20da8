/**
 * A constant set of words for per-token tests. Most words of a text are in none of the engine's
 * lists, and a Set lookup must first hash the word (a new string per token); a bit table keyed by
 * the word's first and last letter and its length rejects most of them without hashing. Answers
 * exactly as the Set would.
 */
export class WordSet {
  private readonly words: Set<string>;
  /** Per (first, last) code unit (low 7 bits each): a bit per word length (31 and more share a bit). */
  private readonly shapes = new Uint32Array(128 * 128);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.shapes[WordSet.slot(w)] |= WordSet.bit(w);
  }

  private static slot(w: string): number {
    return ((w.charCodeAt(0) & 127) << 7) | (w.charCodeAt(w.length - 1) & 127);
  }

  private static bit(w: string): number {
    return 1 << (w.length < 31 ? w.length : 31);
  }

  has(w: string): boolean {
    return (this.shapes[WordSet.slot(w)] & WordSet.bit(w)) !== 0 && this.words.has(w);
  }
}
