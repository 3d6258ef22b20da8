/** What the engine comparisons share: an engine loaded from a folder, and one article's time. */
import { join } from 'node:path';

export type Engine = (text: string) => unknown;

/** The extractQuotes of the quotes folder `dir` (a checkout's src/lib/quotes, or a copy of it). */
export async function importEngine(dir: string): Promise<Engine> {
  return ((await import(join(dir, 'extract-quotes.ts'))) as { extractQuotes: Engine }).extractQuotes;
}

/** One article's time, in ms. */
export function timeOne(engine: Engine, text: string): number {
  const t0 = performance.now();
  engine(text);
  return performance.now() - t0;
}
