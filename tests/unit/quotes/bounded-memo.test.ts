import { describe, expect, it } from 'vitest';
import { BoundedMemo, memoHash } from '../../../src/lib/quotes/bounded-memo.ts';

describe('a bounded memo', () => {
  it('reads each key once while it holds the answer, null and false included', () => {
    const reads: string[] = [];
    const memo = new BoundedMemo((key) => {
      reads.push(key);
      return key === 'none' ? null : key === 'no' ? false : key.length;
    });
    expect([memo.get('Ann Lee'), memo.get('none'), memo.get('no'), memo.get('Ann Lee'), memo.get('none'), memo.get('no')]).toEqual([7, null, false, 7, null, false]);
    expect(reads).toEqual(['Ann Lee', 'none', 'no']);
  });

  it('forgets everything when full, so a text of endless distinct keys cannot grow it, and answers the same after', () => {
    const reads: string[] = [];
    const memo = new BoundedMemo((key) => {
      reads.push(key);
      return key.toUpperCase();
    }, 3);
    for (const key of ['a', 'b', 'c', 'a']) memo.get(key);
    expect(reads).toEqual(['a', 'b', 'c']); // three held: 'a' answered from the memo
    expect(memo.get('d')).toBe('D'); // the fourth key empties it
    expect(memo.get('a')).toBe('A');
    expect(reads).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});

describe('a bounded memo by slots', () => {
  it('answers as the function does for many keys, sliced from a text or not, surrogates and marks included', () => {
    const words = ['Ann', 'Lee', 'Guido', 'Crosetto', 'O’Rourke', 'Zoë', '\ud83d\ude00', '\ud800', '"Q"', 'de', ' ', ''];
    const keys: string[] = [];
    for (let i = 0; i < 3000; i++) keys.push(`${words[i % 12]} ${words[(i * 7) % 12]}${i % 5 ? '' : ' ' + words[(i * 3) % 12]}${i}`);
    const text = '“' + keys.join('|');
    const memo = new BoundedMemo((key) => `${key.length}:${key}`, 1000);
    let at = 1;
    for (let round = 0; round < 2; round++) {
      at = 1;
      for (const key of keys) {
        const sliced = text.slice(at, at + key.length);
        at += key.length + 1;
        expect(memo.get(sliced)).toBe(`${key.length}:${key}`);
        expect(memo.get(key)).toBe(`${key.length}:${key}`);
      }
    }
  });

  it('keys that share a hash are each answered right, and more than a lookup tries are read each time, not walked', () => {
    // the hash reads both ends, the quarters and the middle: these differ elsewhere only
    const keys = Array.from({ length: 200 }, (_, i) => `Ax${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}${'x'.repeat(15)}Z`);
    expect(new Set(keys.map(memoHash)).size).toBe(1);
    let reads = 0;
    const memo = new BoundedMemo((key) => {
      reads++;
      return key.toLowerCase();
    });
    for (let round = 0; round < 3; round++) for (const key of keys) expect(memo.get(key)).toBe(key.toLowerCase());
    // the first few are kept; past the slots a lookup tries, a key is read again, not searched for
    // (a lookup walking every slot of the hash would keep all 200 and read each once)
    expect(reads).toBeGreaterThan(keys.length);
    expect(reads).toBeLessThan(3 * keys.length);
  });
});
