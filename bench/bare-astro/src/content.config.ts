import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR}/articles` : './articles' }),
    schema: z.object({
      headline: z.string(),
      standfirst: z.string(),
      published: z.coerce.date(),
      topics: z.array(z.string()).default([]),
    }),
  }),
};
