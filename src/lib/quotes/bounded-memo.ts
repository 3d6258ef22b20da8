/**
 * A memo of a pure function of a string, kept across articles because its keys (names, runs,
 * descriptions, sources) recur across articles as well as within one. It is emptied when it holds
 * `limit` answers, so an archive of any size, or one hostile text of millions of distinct words,
 * cannot grow it without bound; an answer depends on its key alone, so emptying it changes no
 * answer, only what the next asks cost. Answers may be null or false.
 *
 * Why not a Map: most asks (three in five over train) are the first of their key in an article, the
 * key a new slice of the text and the memo's memory cold since the article before, and a Map's
 * lookup walks three dependent cache misses (bucket, entry, the stored key's header) before the
 * answer's own; asked again in the same article, a key costs next to nothing either way. Here a
 * key's slot holds its hash, key and answer side by side in one array, so the walk is the slot and
 * the stored key (allocated beside its answer), and the hash reads a few of the key's characters
 * through String.prototype (a string's own charCodeAt would see every string representation and go
 * megamorphic, which made a first version slower than the Map). Side by side with the Map: sum of
 * article bests 0.974-0.983 over six runs (the Map against itself: 0.986-1.002).
 */

/** Slots a lookup tries before it gives up (the key is then read, not kept): a text whose keys all share a hash costs this much per key, never a walk of the whole table. */
const MAX_PROBES = 32;

const FIRST_CAPACITY = 64;

const charCodeAt = String.prototype.charCodeAt; // (decision 0020)

/**
 * A key's hash from its length and seven of its characters (both ends, the quarters, the middle):
 * keys that share them only cost a comparison more (the slot then holds another key), so the hash
 * need not read a long source or description whole. Never 0 (an empty slot's mark).
 */
export function memoHash(key: string): number {
  const n = key.length;
  let h = n;
  if (n > 0) {
    h = Math.imul(h ^ charCodeAt.call(key, 0), 0x01000193);
    h = Math.imul(h ^ charCodeAt.call(key, n - 1), 0x01000193);
    h = Math.imul(h ^ charCodeAt.call(key, n >> 1), 0x01000193);
    if (n > 3) {
      h = Math.imul(h ^ charCodeAt.call(key, 1), 0x01000193);
      h = Math.imul(h ^ charCodeAt.call(key, n - 2), 0x01000193);
      h = Math.imul(h ^ charCodeAt.call(key, n >> 2), 0x01000193);
      h = Math.imul(h ^ charCodeAt.call(key, n - 1 - (n >> 2)), 0x01000193);
    }
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h & 0x3fffffff) | 1;
}

/**
 * A key as a string of its own: a key of 13 or more characters sliced from an article points into
 * the whole text, which the key would then keep alive, and comparing it would read that text.
 * (An answer may still hold a slice of its key, as the description memo's does, and so the text:
 * after a pass over train about 820 of its 840 texts stay alive, as before the copies.)
 * (JSON gives back the same code units, lone surrogates included, in a new flat string, one byte a
 * character when they fit. Side by side, keeping the slices instead: 0.989-0.990; a two-byte copy
 * made by a join: 0.986-0.991. Only a key not held yet is copied.)
 */
function ownCopy(key: string): string {
  return key.length >= 13 ? (JSON.parse(JSON.stringify(key)) as string) : key;
}

export class BoundedMemo<V extends NonNullable<unknown> | null> {
  private readonly read: (key: string) => V;
  private readonly limit: number;
  /** Open addressing, linear probing: slot i is [hash, key, answer] at 3i (hash 0: empty). At most half full. */
  private slots: unknown[] = new Array<unknown>(FIRST_CAPACITY * 3).fill(0);
  private mask = FIRST_CAPACITY - 1;
  private count = 0;

  constructor(read: (key: string) => V, limit = 20000) {
    this.read = read;
    this.limit = limit;
  }

  /** read(key), worked out once while the memo holds it. */
  get(key: string): V {
    const h = memoHash(key);
    const b = this.slotOf(h, key);
    if (b >= 0 && this.slots[b] !== 0) return this.slots[b + 2] as V;
    // (reading and keeping an answer are apart, so that get stays small enough to inline)
    return this.readAndKeep(key, h);
  }

  /**
   * Where key's slot starts in `slots`: the slot holding it, else the empty slot it would take;
   * -1 when MAX_PROBES slots hold other keys.
   */
  private slotOf(h: number, key: string): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = h & mask;
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const b = i * 3;
      const held = slots[b];
      if (held === 0 || (held === h && slots[b + 1] === key)) return b;
      i = (i + 1) & mask;
    }
    return -1;
  }

  private readAndKeep(key: string, h: number): V {
    const answer = this.read(key);
    if (this.count >= this.limit) this.clear();
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.keep(h, ownCopy(key), answer);
    return answer;
  }

  /** Stores the answer in key's slot, unless read kept it already (it may ask this memo too) or MAX_PROBES slots are taken. */
  private keep(h: number, key: string, answer: V): void {
    const b = this.slotOf(h, key);
    if (b < 0 || this.slots[b] !== 0) return;
    this.slots[b] = h;
    this.slots[b + 1] = key;
    this.slots[b + 2] = answer;
    this.count++;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Array<unknown>(capacity * 3).fill(0);
    this.mask = capacity - 1;
    this.count = 0;
    for (let b = 0; b < old.length; b += 3) if (old[b] !== 0) this.keep(old[b] as number, old[b + 1] as string, old[b + 2] as V);
  }

  private clear(): void {
    this.slots.fill(0);
    this.count = 0;
  }
}
