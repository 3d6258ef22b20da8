import type { APIRoute } from 'astro';
import { urls } from '../site/site-config.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(urls.sitemapIndex())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
