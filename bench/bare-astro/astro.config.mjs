// The baseline for `npm run bench:site`: the least a plain Astro 7 news site does over the same
// articles (glob loader, one page per article, home page and RSS of the latest 50, sitemap).
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://bare.example/',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.BENCH_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [sitemap()],
});
