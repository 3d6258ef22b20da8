import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { latest } from '../latest.ts';

export const GET: APIRoute = async (context) =>
  rss({
    title: 'Bare news',
    description: 'The latest stories',
    site: context.site!,
    items: (await latest(50)).map((a) => ({
      title: a.data.headline,
      link: `/articles/${a.id}/`,
      pubDate: a.data.published,
      description: a.data.standfirst,
    })),
  });
