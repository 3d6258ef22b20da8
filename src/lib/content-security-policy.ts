/**
 * What a page may run. Every page runs nothing ('none'); the search page (issue 12) runs
 * Pagefind, which loads its own script and WebAssembly from the site and fetches its index.
 */
export type PageScripts = 'none' | 'search';

/**
 * A page's Content-Security-Policy, as its <meta> tag carries it: nothing is allowed that the
 * page does not use. Styles come only from the site's own stylesheet file (no inline styles).
 * Forms may submit to the site itself: every header holds a GET search form to /search/.
 */
export function contentSecurityPolicy(scripts: PageScripts): string {
  const directives =
    scripts === 'search'
      ? ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "style-src 'self'"]
      : ["default-src 'none'", "script-src 'none'", "style-src 'self'"];
  return [...directives, "img-src 'self'", "manifest-src 'self'", "base-uri 'none'", "form-action 'self'"].join('; ');
}

/**
 * The same policy as an HTTP header, plus what only a header can carry: frame-ancestors (a
 * <meta> policy cannot forbid framing; browsers ignore it there).
 */
export function headerPolicy(pagePolicy: string): string {
  return `${pagePolicy}; frame-ancestors 'none'`;
}

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The policy a built page's <meta> carries, or null; entities in it are only &#39; and &amp;. */
export function policyOfPage(html: string): string | null {
  const m = META_POLICY.exec(html);
  return m ? m[1]!.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&') : null;
}
