import { getCollection } from 'astro:content';

export async function latest(count: number) {
  const all = await getCollection('articles');
  return all.sort((a, b) => b.data.published.getTime() - a.data.published.getTime()).slice(0, count);
}
