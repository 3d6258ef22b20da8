import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../../src/lib/quotes/bounded-memo.ts';

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
