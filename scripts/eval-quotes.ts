/**
 * `npm run eval:quotes -- DIR [--json] [--errors]`: scores the engine on a folder of PolNeAR-format
 * JSON files read at run time, with the same units and matching as the corpus's score.py (the
 * reference): quoted segments per line, curly pairs and straight pairs, an unclosed mark ending
 * at its line's end; a segment is speech when at least half of it lies in one attribution's
 * content; a system speech quote matches when overlap ≥ half the union; its source is right when
 * it overlaps the gold source. `--errors` lists the misses for development. `--check` (no DIR)
 * compares train and dev with the committed baseline and fails on a drop beyond noise.
 *
 * Speakers: where a speaker gold lies beside DIR (`speakers-<DIR's name>.json`, as
 * `speakers-dev.json` beside `dev/`) or is named by `--speakers FILE`, the speaker figures of the
 * corpus's speaker_score.py are printed too, with speakers linked across all files as the build
 * links them: name accuracy, unnamed sources given a speaker, identity B-cubed over quotes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { extractQuotes } from '../src/lib/quotes/extract-quotes.ts';
import { linkSpeakersAcrossArticles } from '../src/lib/quotes/speaker-identity.ts';
import type { Quote, QuoteExtraction } from '../src/lib/quotes/quote-types.ts';

interface Span {
  start: number;
  end: number;
  text?: string;
}
interface Attribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}
interface Gold {
  id: string;
  text: string;
  attributions: Attribution[];
}

/** score.py's segments(): per line, curly pairs by /“([^“”]*)(”|$)/ then straight marks paired in order. */
export function goldSegments(text: string): Array<[number, number]> {
  const segs = new Set<string>();
  const out: Array<[number, number]> = [];
  const add = (a: number, b: number) => {
    const k = a + ':' + b;
    if (b > a && !segs.has(k)) {
      segs.add(k);
      out.push([a, b]);
    }
  };
  let p0 = 0;
  while (p0 <= text.length) {
    let p1 = text.indexOf('\n', p0);
    if (p1 < 0) p1 = text.length;
    if (p1 > p0) {
      // curly: emulate the regex scan: from each position, an opening “ followed by non-curly chars then ” or end
      let i = p0;
      while (i < p1) {
        if (text[i] !== '“') {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < p1 && text[j] !== '“' && text[j] !== '”') j++;
        if (j === p1) {
          add(i + 1, p1);
          i = p1;
        } else if (text[j] === '”') {
          add(i + 1, j);
          i = j + 1;
        } else {
          i++; // another “ came first: no match starting here
        }
      }
      const pos: number[] = [];
      for (let k = p0; k < p1; k++) if (text[k] === '"') pos.push(k);
      for (let k = 0; k + 1 < pos.length; k += 2) add(pos[k] + 1, pos[k + 1]);
      if (pos.length % 2 === 1) add(pos[pos.length - 1] + 1, p1);
    }
    p0 = p1 + 1;
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function overlap(a: [number, number], b: [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

const args = process.argv.slice(2);
// `--check`: train and dev against the committed baseline (scripts/eval-quotes-check.ts)
if (args.includes('--check')) {
  const { runCheck } = await import('./eval-quotes-check.ts');
  process.exit(runCheck(args.includes('--update')));
}
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  process.stderr.write('usage: npm run eval:quotes -- DIR [--json] [--errors] | --check [--update]\n');
  process.exit(2);
}
const showErrors = args.includes('--errors');
const speakersArg = args.indexOf('--speakers');
const besideDir = join(dirname(resolve(dir)), `speakers-${basename(resolve(dir))}.json`);
const speakersFile = speakersArg >= 0 ? args[speakersArg + 1] : existsSync(besideDir) ? besideDir : null;
/** Matched speech quotes and the first gold source span of their attribution, for the speaker figures. */
const aligned: Array<{ article: string; start: number; end: number; quote: Quote }> = [];
const names: string[] = [];
const golds: Gold[] = [];
const extractions: QuoteExtraction[] = [];
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.json')) continue;
  const g = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold;
  names.push(name);
  golds.push(g);
  extractions.push(extractQuotes(g.text));
}
const linked = linkSpeakersAcrossArticles(extractions, []);
const t = { gold: 0, nonspeech: 0, sys: 0, tp: 0, with_src: 0, src_ok: 0, e2e: 0, fp_nonspeech: 0, missing_files: 0 };
const errors: string[] = [];
const ctx = (text: string, a: number, b: number) => text.slice(Math.max(0, a - 140), Math.min(text.length, b + 90)).replace(/\n/g, ' / ');
for (let fi = 0; fi < names.length; fi++) {
  const name = names[fi];
  const g = golds[fi];
  const speech: Array<{ seg: [number, number]; owner: Attribution }> = [];
  const nonspeech: Array<[number, number]> = [];
  for (const seg of goldSegments(g.text)) {
    let owner: Attribution | null = null;
    for (const att of g.attributions) {
      let inside = 0;
      for (const c of att.content) inside += overlap(seg, [c.start, c.end]);
      if (inside * 2 >= seg[1] - seg[0]) {
        owner = att;
        break;
      }
    }
    if (owner) speech.push({ seg, owner });
    else nonspeech.push(seg);
  }
  t.gold += speech.length;
  t.nonspeech += nonspeech.length;
  const all = linked[fi].quotes;
  const quotes = all.filter((q) => q.kind === 'speech');
  t.sys += quotes.length;
  const used = new Set<number>();
  for (const q of quotes) {
    const qs: [number, number] = [q.start, q.end];
    let best = -1;
    let bestIou = 0;
    for (let i = 0; i < speech.length; i++) {
      if (used.has(i)) continue;
      const ov = overlap(qs, speech[i].seg);
      const union = Math.max(qs[1], speech[i].seg[1]) - Math.min(qs[0], speech[i].seg[0]);
      const iou = union ? ov / union : 0;
      if (iou > bestIou) {
        best = i;
        bestIou = iou;
      }
    }
    if (best >= 0 && bestIou >= 0.5) {
      used.add(best);
      t.tp++;
      const owner = speech[best].owner;
      if (owner.source.length) aligned.push({ article: name.slice(0, -5), start: owner.source[0].start, end: owner.source[0].end, quote: q });
      if (owner.source.length) {
        t.with_src++;
        const src = q.source;
        const ok = !!src && owner.source.some((s) => overlap([src.start, src.end], [s.start, s.end]) > 0);
        if (ok) {
          t.src_ok++;
          t.e2e++;
        } else if (showErrors) {
          errors.push(
            `SOURCE ${name}: gold=${JSON.stringify(owner.source.map((s) => s.text))} cue=${JSON.stringify(owner.cue.map((s) => s.text))} sys=${JSON.stringify(src?.text ?? null)} :: ${ctx(g.text, q.start, q.end)}`,
          );
        }
      }
    } else if (nonspeech.some((seg) => overlap(qs, seg) * 2 >= seg[1] - seg[0])) {
      t.fp_nonspeech++;
      if (showErrors) errors.push(`TERM-AS-SPEECH ${name}: [${q.text}] :: ${ctx(g.text, q.start, q.end)}`);
    } else if (showErrors) {
      errors.push(`SPURIOUS ${name}: [${q.text}] :: ${ctx(g.text, q.start, q.end)}`);
    }
  }
  if (showErrors) {
    for (let i = 0; i < speech.length; i++) {
      if (!used.has(i)) {
        const [a, b] = speech[i].seg;
        // what the engine made of it: a term, a speech quote of another extent, or nothing
        const seen = all.find((q) => overlap([q.start, q.end], [a, b]) > 0);
        const why = !seen ? 'unseen' : seen.kind === 'term' ? 'term' : `span ${seen.start}-${seen.end} vs ${a}-${b}`;
        errors.push(`MISSED(${why}) ${name}: gold=${JSON.stringify(speech[i].owner.source.map((s) => s.text))} [${g.text.slice(a, b)}] :: ${ctx(g.text, a, b)}`);
      }
    }
  }
}
const p = t.sys ? t.tp / t.sys : 0;
const r = t.gold ? t.tp / t.gold : 0;
const f1 = p + r ? (2 * p * r) / (p + r) : 0;
const acc = t.with_src ? t.src_ok / t.with_src : 0;
const ep = t.sys ? t.e2e / t.sys : 0;
const er = t.gold ? t.e2e / t.gold : 0;
const ef1 = ep + er ? (2 * ep * er) / (ep + er) : 0;
if (showErrors) for (const e of errors) process.stdout.write(e + '\n');
const quoteFigures = { ...t, precision: p, recall: r, f1, source_accuracy: acc, end_to_end_f1: ef1 };
if (!args.includes('--json')) {
  process.stdout.write(
    `quotes: gold ${t.gold}, system ${t.sys}, matched ${t.tp}, scare-quote false alarms ${t.fp_nonspeech} of ${t.nonspeech}, files missing ${t.missing_files}\n`,
  );
  process.stdout.write(
    `extraction P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} | source accuracy ${acc.toFixed(3)} | end-to-end F1 ${ef1.toFixed(3)}\n`,
  );
}

interface SpeakerGold {
  entities: Record<string, { name: string; names?: string[] }>;
  sources: Record<string, Array<{ start: number; end: number; entity: string | null; article_name?: string }>>;
}

/** speaker_score.py's norm(): accents, case, possessive 's, punctuation and a leading "the" ignored. */
function norm(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}_\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

let speakerFigures: Record<string, number> | null = null;
if (speakersFile) {
  const gold = JSON.parse(readFileSync(speakersFile, 'utf8')) as SpeakerGold;
  const records = new Map<string, SpeakerGold['sources'][string][number]>();
  for (const [art, rs] of Object.entries(gold.sources)) for (const r of rs) records.set(`${art}:${r.start}:${r.end}`, r);
  const st = { named: 0, nameOk: 0, noSpeaker: 0, unnamed: 0, unnamedGiven: 0 };
  const clustered: Array<[string, string | null]> = [];
  for (const a of aligned) {
    const r = records.get(`${a.article}:${a.start}:${a.end}`);
    if (!r) continue;
    const sp = a.quote.speaker;
    if (r.entity === null) {
      st.unnamed++;
      if (sp) {
        st.unnamedGiven++;
        if (showErrors) process.stdout.write(`UNNAMED-ON-A-PAGE ${a.article}@${a.start}: ${JSON.stringify(sp.name)}\n`);
      }
      continue;
    }
    const ent = gold.entities[r.entity];
    st.named++;
    const ok = new Set([norm(ent.name), norm(r.article_name), ...(ent.names ?? []).map(norm)].filter(Boolean));
    if (!sp) st.noSpeaker++;
    if (sp && ok.has(norm(sp.name))) st.nameOk++;
    else if (showErrors) process.stdout.write(`SPEAKER ${a.article}@${a.start}: gold=${JSON.stringify(ent.name)} sys=${JSON.stringify(sp?.name ?? null)}\n`);
    clustered.push([r.entity, sp ? sp.id : null]);
  }
  // B-cubed over quotes of named entities; a quote with no speaker is a cluster of its own
  const byGold = new Map<string, number>();
  const bySys = new Map<string, number>();
  const both = new Map<string, number>();
  const sysKey = (s: string | null, i: number) => (s === null ? `\u0000${i}` : s);
  clustered.forEach(([g, s], i) => {
    byGold.set(g, (byGold.get(g) ?? 0) + 1);
    bySys.set(sysKey(s, i), (bySys.get(sysKey(s, i)) ?? 0) + 1);
    const k = `${g}\u0001${sysKey(s, i)}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  });
  let P = 0;
  let R = 0;
  clustered.forEach(([g, s], i) => {
    const b = both.get(`${g}\u0001${sysKey(s, i)}`) ?? 0;
    P += b / (bySys.get(sysKey(s, i)) ?? 1);
    R += b / (byGold.get(g) ?? 1);
  });
  const n = clustered.length;
  const bp = n ? P / n : 0;
  const br = n ? R / n : 0;
  const bf = bp + br ? (2 * bp * br) / (bp + br) : 0;
  const figures = {
    named: st.named,
    name_accuracy: st.named ? st.nameOk / st.named : 0,
    no_speaker: st.noSpeaker,
    unnamed: st.unnamed,
    unnamed_given_speaker: st.unnamedGiven,
    identity_precision: bp,
    identity_recall: br,
    identity_f1: bf,
  };
  speakerFigures = figures;
  if (!args.includes('--json')) {
    process.stdout.write(
      `speakers (${basename(speakersFile)}): name accuracy ${figures.name_accuracy.toFixed(3)} of ${st.named} (no speaker ${st.noSpeaker}) | ` +
        `identity B-cubed P ${bp.toFixed(3)} R ${br.toFixed(3)} F1 ${bf.toFixed(3)} | unnamed given a speaker ${st.unnamedGiven} of ${st.unnamed}\n`,
    );
  }
}
if (args.includes('--json')) process.stdout.write(JSON.stringify(speakerFigures ? { ...quoteFigures, speakers: speakerFigures } : quoteFigures) + '\n');
