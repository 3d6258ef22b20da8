import { createSiteUrls } from '../lib/site-urls.ts';
import type { Publisher } from '../lib/json-ld.ts';
import { SITE_LANGUAGE } from '../lib/site-options.ts';

export const SITE_NAME = 'On the Record';
export const SITE_DESCRIPTION = 'Who said what: every quotation in our reporting, each linked to the person who said it.';

/** One URL builder for the whole site, from the deployment's site and base (see astro.config.mjs). */
export const urls = createSiteUrls(new URL(import.meta.env.SITE).origin, import.meta.env.BASE_URL);

export const publisher: Publisher = { name: SITE_NAME, url: urls.absolute(urls.home()) };

/** Dates as readers read them, fixed to UTC so a build never depends on the machine's zone. */
const dateFormat = new Intl.DateTimeFormat(SITE_LANGUAGE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
