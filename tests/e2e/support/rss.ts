/** Reading an RSS feed with two independent parsers (fast-xml-parser and @xmldom/xmldom). */
import { DOMParser, type Element as XElement } from '@xmldom/xmldom';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
export const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  guidIsPermaLink: string | null;
  pubDate: string | null;
  description: string | null;
  content: string | null;
}

export interface Feed {
  version: string | null;
  channel: Record<'title' | 'link' | 'description' | 'language' | 'lastBuildDate', string | null>;
  atomSelf: { href: string | null; type: string | null }[];
  items: FeedItem[];
}

const norm = (v: string | null | undefined) => (v === null || v === undefined ? null : String(v).trim());

/** Parser 1: @xmldom/xmldom, namespace aware, any error is fatal. */
export function parseWithXmldom(xml: string): Feed {
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') throw new Error(`xmldom ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  const rss = doc.documentElement;
  if (!rss || rss.localName !== 'rss') throw new Error(`root element is <${rss?.tagName}>, not <rss>`);
  const channel = childrenNamed(rss, 'channel')[0];
  if (!channel) throw new Error('no <channel>');
  const text = (el: XElement, name: string, ns: string | null = null) => {
    const found = [...el.childNodes].filter(
      (n): n is XElement => n.nodeType === 1 && (n as XElement).localName === name && ((n as XElement).namespaceURI ?? null) === ns,
    );
    return found.length ? norm(found[0]!.textContent) : null;
  };
  const items = childrenNamed(channel, 'item').map((item) => {
    const guidEl = childrenNamed(item, 'guid')[0];
    return {
      title: text(item, 'title'),
      link: text(item, 'link'),
      guid: text(item, 'guid'),
      guidIsPermaLink: guidEl?.getAttribute('isPermaLink') ?? null,
      pubDate: text(item, 'pubDate'),
      description: text(item, 'description'),
      content: text(item, 'encoded', CONTENT_NS),
    };
  });
  const atomSelf = [...channel.childNodes]
    .filter((n): n is XElement => n.nodeType === 1 && (n as XElement).namespaceURI === ATOM_NS && (n as XElement).localName === 'link')
    .filter((l) => l.getAttribute('rel') === 'self')
    .map((l) => ({ href: l.getAttribute('href'), type: l.getAttribute('type') }));
  return {
    version: rss.getAttribute('version'),
    channel: {
      title: text(channel, 'title'),
      link: text(channel, 'link'),
      description: text(channel, 'description'),
      language: text(channel, 'language'),
      lastBuildDate: text(channel, 'lastBuildDate'),
    },
    atomSelf,
    items,
  };
}

function childrenNamed(el: XElement, name: string): XElement[] {
  return [...el.childNodes].filter(
    (n): n is XElement => n.nodeType === 1 && (n as XElement).localName === name && !(n as XElement).namespaceURI,
  );
}

/** Parser 2: fast-xml-parser, after its own well-formedness validation. */
export function parseWithFastXmlParser(xml: string): Omit<Feed, 'atomSelf'> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`fast-xml-parser: ${valid.err.msg} at line ${valid.err.line}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => name === 'item',
  });
  const doc = parser.parse(xml);
  const rss = doc.rss;
  if (!rss) throw new Error('no <rss> root');
  const contentPrefix = Object.entries(rss as Record<string, unknown>).find(
    ([k, v]) => k.startsWith('@_xmlns:') && v === CONTENT_NS,
  )?.[0].slice('@_xmlns:'.length);
  const t = (v: unknown): string | null => {
    if (v === undefined || v === null) return null;
    if (typeof v === 'object') return norm((v as Record<string, unknown>)['#text'] as string | undefined) ?? '';
    return norm(String(v));
  };
  const ch = rss.channel ?? {};
  return {
    version: rss['@_version'] ?? null,
    channel: {
      title: t(ch.title),
      link: t(ch.link),
      description: t(ch.description),
      language: t(ch.language),
      lastBuildDate: t(ch.lastBuildDate),
    },
    items: (ch.item ?? []).map((item: Record<string, unknown>) => ({
      title: t(item.title),
      link: t(item.link),
      guid: t(item.guid),
      guidIsPermaLink:
        item.guid && typeof item.guid === 'object' ? ((item.guid as Record<string, string>)['@_isPermaLink'] ?? null) : null,
      pubDate: t(item.pubDate),
      description: t(item.description),
      content: contentPrefix ? t(item[`${contentPrefix}:encoded`]) : null,
    })),
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) ([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)? (GMT|UT|[+-]\d{4}|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$/;

/** Null when the string is an RFC 822 date (4-digit year) whose weekday is right; else why not. */
export function rfc822Problem(value: string | null): string | null {
  if (!value) return 'missing';
  const m = RFC822.exec(value);
  if (!m) return `"${value}" is not an RFC 822 date`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return `"${value}" does not parse`;
  const zone = m[7]!;
  const offsetMinutes = /^[+-]\d{4}$/.test(zone)
    ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)))
    : { GMT: 0, UT: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 }[zone]!;
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  if (DAYS[local.getUTCDay()] !== m[1]) return `"${value}": ${m[1]} is the wrong weekday`;
  return null;
}

/**
 * Every URL-bearing attribute value (href, src, srcset, poster, cite, action, data) of the real
 * tags of an HTML fragment; escaped markup (&lt;img src=…&gt;) is text and is not looked at.
 */
export function urlsInHtml(html: string): string[] {
  const out: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of withoutComments.matchAll(/<[a-zA-Z][^\s>/]*((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attrs = tag[1] ?? '';
    for (const m of attrs.matchAll(/\s([^\s=>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const name = m[1]!.toLowerCase();
      if (!['href', 'src', 'srcset', 'poster', 'cite', 'action', 'data'].includes(name)) continue;
      const raw = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
      if (name === 'srcset') {
        for (const part of raw.split(',')) {
          const u = part.trim().split(/\s+/)[0];
          if (u) out.push(u);
        }
      } else out.push(raw);
    }
  }
  return out;
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
