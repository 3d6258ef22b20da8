import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../src/lib/paging.ts';

describe('pageLinks', () => {
  const url = (n: number) => `/list/${n}/`;
  it('links back and forward from a middle page', () => {
    expect(pageLinks(2, 3, url)).toEqual({ prev: '/list/1/', next: '/list/3/' });
  });
  it('has no prev on the first page and no next on the last', () => {
    expect(pageLinks(1, 3, url)).toEqual({ prev: undefined, next: '/list/2/' });
    expect(pageLinks(3, 3, url)).toEqual({ prev: '/list/2/', next: undefined });
    expect(pageLinks(1, 1, url)).toEqual({ prev: undefined, next: undefined });
  });
});
