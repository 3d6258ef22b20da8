import { describe, expect, it } from 'vitest';
import { PairEntities } from '../../../src/lib/quotes/sentence-frame.ts';
import type { CuePair } from '../../../src/lib/quotes/cues.ts';
import type { Entity } from '../../../src/lib/quotes/coreference.ts';

function pair(v: number): CuePair {
  return { cueFirst: v, cueLast: v + 1, subject: null, form: 'plain', limit: undefined };
}

function entity(name: string): Entity {
  return { speaker: { id: name, name, type: 'person', description: null } } as unknown as Entity;
}

describe('the entities of a frame’s resolved cue pairs', () => {
  it('answers as a Map would, by the pair itself, for a few pairs and for many', () => {
    for (const n of [1, 3, 8, 9, 40]) {
      const pe = new PairEntities();
      const map = new Map<CuePair, Entity | null>();
      const pairs = Array.from({ length: n }, (_, i) => pair(i));
      pairs.forEach((p, i) => {
        const e = i % 3 === 0 ? null : entity(`p${i}`);
        pe.set(p, e);
        map.set(p, e);
      });
      // a pair resolved again keeps its place and takes the new answer
      const again = entity('again');
      pe.set(pairs[0], again);
      map.set(pairs[0], again);
      for (const p of pairs) expect(pe.get(p)).toBe(map.get(p));
      // an equal pair is another pair
      expect(pe.get(pair(0))).toBeUndefined();
    }
  });
});
