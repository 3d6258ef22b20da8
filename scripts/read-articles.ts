/** The benchmark scripts' input: a folder's articles (PolNeAR JSON or .txt), read at run time, in name order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readArticles(dir: string): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.json')) texts.push((JSON.parse(readFileSync(join(dir, name), 'utf8')) as { text: string }).text);
    else if (name.endsWith('.txt')) texts.push(readFileSync(join(dir, name), 'utf8'));
  }
  return texts;
}
