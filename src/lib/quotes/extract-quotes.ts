/**
 * The quote engine: every quotation in an article's plain text, whether it is speech or a term,
 * who said it (the mention as written and the resolved speaker), plus reported speech. Pure,
 * synchronous and deterministic; linear in the input whatever its quotation marks.
 */
import type { Quote, QuoteExtraction, ReportedSpeech, Speaker, TextSpan } from './quote-types.ts';
import { splitLines, splitParagraphs, type Block } from './text-structure.ts';
import { findQuotationSpans, type QuotationSpan } from './quotation-spans.ts';
import { tokenize, type Token } from './tokens.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { findCuePairs, type CuePair } from './cues.ts';
import { sentenceSubject, phraseRight, subjectLeft, appositiveEnd, isPronoun, DASH_MARKS, type Phrase } from './noun-phrases.ts';

/** "told “Fox News Sunday”": one tells an audience or a programme, so a title after it stays a title. */
const TOLD = new Set(['told', 'tells', 'tell', 'telling']);
import { analyzeMention, nameRuns } from './mentions.ts';
import { EntityRegistry, type Entity } from './coreference.ts';
import { ORG_HEADS, countryOf } from './world-knowledge.ts';
import { cueForQuote, introducedAsTerm, labelBeforeColon, opensSentence, readsAsContinuation, speakerStretch, widenTo } from './attribution.ts';
import { nameOfNoun, stanceSubjectEnd, transcriptLabel, wordingInUse } from './quote-kind.ts';
import { reportedContent } from './reported-speech.ts';
import { cleanSpeakers } from './speaker-names.ts';

/** How the previous quote of the sentence was read, for quotes listed after it. */
interface QuoteDecision {
  speech: boolean;
  cue: TextSpan | null;
  source: TextSpan | null;
  entity: Entity | null;
}

interface Attributed {
  cue: TextSpan | null;
  source: TextSpan | null;
  entity: Entity | null;
  paragraph: number;
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function tokenSpan(text: string, tokens: Token[], first: number, last: number): TextSpan {
  return span(text, tokens[first].start, tokens[last - 1].end);
}

/** Longest stretch read at once; longer paragraphs (hostile input) are read in pieces cut between sentences. */
const PIECE = 1 << 15;

/**
 * The paragraphs, with any paragraph longer than PIECE cut into pieces at a space after a full stop
 * (else any space) that lies outside every quotation, so memory per piece stays small.
 */
function* pieces(text: string, blocks: Block[], spans: QuotationSpan[]): Generator<{ index: number; start: number; end: number }> {
  let q = 0;
  for (const b of blocks) {
    let start = b.start;
    while (b.end - start > PIECE) {
      let end = start + PIECE;
      while (q < spans.length && spans[q].outerEnd <= end) q++;
      // never cut inside a quotation
      if (q < spans.length && spans[q].open < end) end = spans[q].outerEnd;
      let cut = -1;
      for (let k = end; k < b.end && k < end + 2000; k++) {
        const c = text.charCodeAt(k);
        if ((c === 32 || c === 10) && k > 0 && (text[k - 1] === '.' || text[k - 1] === '!' || text[k - 1] === '?')) {
          cut = k;
          break;
        }
      }
      if (cut < 0) {
        cut = end;
        while (cut < b.end && text.charCodeAt(cut) !== 32 && text.charCodeAt(cut) !== 10) cut++;
      }
      if (cut >= b.end) break;
      yield { index: b.index, start, end: cut };
      start = cut;
    }
    yield { index: b.index, start, end: b.end };
  }
}

/** A single capitalised word that could name an organisation or a country ("NATO", "Moscow", "Reuters"). */
function mayNameOrganization(t: Token): boolean {
  const w = t.lower.replace(/['’]s$/, '');
  if (ORG_HEADS.has(w) || countryOf(w)) return true;
  const c = t.text.charCodeAt(1);
  return t.text.length >= 2 && c >= 65 && c <= 90; // an acronym
}

/** "She pauses.", "Pause.", "He nods.": at most four words, no quotation, no name but a pronoun. */
function stageDirection(tokens: Token[]): boolean {
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') return false;
    if (t.kind !== 'word') continue;
    if (++words > 4) return false;
    if (t.cap && k > 0) return false;
    if (t.cap && k === 0 && tokens.length > 2 && t.lower !== 'he' && t.lower !== 'she' && t.lower !== 'they') return false;
  }
  return words > 0;
}

/** "and", "or", "&", a comma or a slash joining two quotes in a list. */
function isListLink(t: Token): boolean {
  return (t.kind === 'word' && (t.lower === 'and' || t.lower === 'or' || t.lower === 'nor')) || (t.kind === 'punct' && (t.text === ',' || t.text === '&' || t.text === '/'));
}

const SIGNATURE = /^[ \t]*[-–—―][ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,4})[ \t]*(?:[,.]|$)/u;

/**
 * "- Sanders." / "-President Obama, tweeting after the speech.": a short paragraph that is only a
 * dash and a name signs the quotation that closes the paragraph before it.
 */
function dashSignature(text: string, b: Block | undefined): { cue: TextSpan; source: TextSpan } | null {
  if (!b || b.end - b.start > 160) return null;
  const m = SIGNATURE.exec(text.slice(b.start, b.end));
  if (!m) return null;
  let name = m[1];
  if (name.endsWith('.') && !/\b\p{Lu}\.$/u.test(name)) name = name.slice(0, -1);
  const start = b.start + m[0].indexOf(m[1]);
  const dash = b.start + m[0].search(/[-–—―]/);
  return { cue: span(text, dash, dash + 1), source: span(text, start, start + name.length) };
}

/** Words after a verb of saying that show it has no object or clause: "said as he left", "asked in an interview". */
const ADVERBIAL_AFTER_CUE = new Set(['as', 'while', 'when', 'after', 'before', 'in', 'on', 'at', 'during', 'from', 'with', 'into', 'via', 'through', 'over', 'outside', 'inside', 'later', 'earlier', 'again', 'then', 'repeatedly', 'recently', 'yesterday', 'today', 'tonight', 'afterward', 'afterwards']);

/** Words that open a reported clause right after a verb of saying ("says he …", "said that …"). */
const CLAUSE_OPENERS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'that', 'there']);

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** A subject at k opens a coordinated clause: ", and X", "but X", "; X". */
function startsNewClause(tokens: Token[], k: number): boolean {
  const b = tokens[k - 1];
  if (!b) return false;
  if (b.kind === 'punct') return b.text === ';';
  return b.lower === 'and' || b.lower === 'but' || b.lower === 'while' || b.lower === 'then';
}

/** The cue sentence opens with the cue's lead, allowing a capitalised word or two before it ("US Senator Jeff Sessions said"). */
function opensCueSentence(tokens: Token[], first: number, lead: number): boolean {
  if (lead === first) return true;
  if (lead - first > 2) return false;
  for (let k = first; k < lead; k++) if (tokens[k].kind !== 'word' || !tokens[k].cap) return false;
  return true;
}

/** Verbs after which "it" is a dummy subject ("It is strange that …", "It seems …"). */
const DUMMY_IT_VERBS = new Set(['is', 'was', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained']);

/** "There’s still time …", "It is strange that …": a subject that stands for no one. */
function isExpletive(tokens: Token[], ph: Phrase): boolean {
  if (ph.last - ph.first !== 1) return false;
  const w = tokens[ph.first].lower.replace(/’/g, "'");
  if (w === 'there' || w === "there's") return true;
  if (w === "it's") return true;
  const v = tokens[ph.last];
  return w === 'it' && !!v && v.kind === 'word' && DUMMY_IT_VERBS.has(v.lower);
}

/**
 * The one an expletive subject's clause is about: "time for Cruz to …", "strange that Trump would …"
 * (before the first quotation or comma); null when it names no one.
 */
function agentAfterExpletive(tokens: Token[], ph: Phrase, s: Sentence): Phrase | null {
  for (let k = ph.last; k < s.last - 1 && k < ph.last + 12; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== '’')) return null;
    if (t.kind === 'word' && (t.lower === 'for' || t.lower === 'that')) {
      const np = phraseRight(tokens, k + 1, Math.min(s.last, k + 8));
      const nx = np ? tokens[np.last] : undefined;
      // "for Cruz to", "for news accounts to", "that Trump would": the subject of its own clause
      if (np && nx && nx.kind === 'word' && !nx.cap && (tokens[np.head].cap || (t.lower === 'for' && nx.lower === 'to'))) return np;
    }
  }
  return null;
}

function titleCaseLabel(label: string): string {
  return label.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** Only quotation marks, punctuation and spaces between a and b. */
function onlyMarks(text: string, a: number, b: number): boolean {
  return /^[\s\p{P}]*$/u.test(text.slice(a, b));
}

/**
 * "“Not only can we win…” / “He may be the only one…,” Park notes.": a quotation that is a whole
 * paragraph with no cue is the speaker's whose quotation opens the next paragraph and is cited after
 * it (read backwards, so a run of such paragraphs all go to the cue that closes it).
 */
function attributeForward(text: string, blocks: Block[], quotes: Quote[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i];
    const n = quotes[i + 1];
    if (q.kind !== 'speech' || q.source || n.kind !== 'speech' || !n.source || !n.cue || n.paragraph !== q.paragraph + 1) continue;
    const qb = blocks[q.paragraph];
    const nb = blocks[n.paragraph];
    if (!qb || !nb || !onlyMarks(text, qb.start, q.start) || !onlyMarks(text, q.end, qb.end) || !onlyMarks(text, nb.start, n.start)) continue;
    // the cue must follow the quote it signs, not hand it on from before
    if (n.cue.start < n.end) continue;
    // "“Not negotiable.” / “And the fence?” the host pressed.": a cited question is the other side's turn
    if (/\?[\s\p{P}]*$/u.test(n.text) && !/\?[\s\p{P}]*$/u.test(q.text)) continue;
    quotes[i] = { ...q, cue: n.cue, source: n.source, speaker: n.speaker };
  }
}

export function extractQuotes(text: string): QuoteExtraction {
  const lines = splitLines(text);
  const blocks = splitParagraphs(text, lines);
  const spans = findQuotationSpans(text, lines);
  // tokens and sentences of the paragraph being read: one paragraph at a time keeps memory small and time linear
  let tokens: Token[] = [];
  let sentences: Sentence[] = [];
  let spanCursor = 0;
  let sentenceFirst = -1;
  const registry = new EntityRegistry();
  const quotes: Quote[] = [];
  const reported: ReportedSpeech[] = [];
  const speakers: Speaker[] = [];
  const reportedSpeakers: Speaker[] = [];
  const seenSpeaker = new Set<string>();
  const seenReported = new Set<string>();
  const pairCache = new Map<number, CuePair[]>();
  const pairsOf = (si: number): CuePair[] => {
    let p = pairCache.get(si);
    if (!p) {
      p = findCuePairs(tokens, sentences[si]);
      pairCache.set(si, p);
    }
    return p;
  };
  // last speech attribution, for quotes that carry on without a cue
  let previous: Attributed | null = null;
  let usedNextSentenceCue = -1;
  let lastQuoteDecision: QuoteDecision | null = null;

  const resolvePhrase = (ph: Phrase | null, at: number): Entity | null => {
    if (!ph) return null;
    // "Protesters chanted …", "Bombs fell …": a lone capitalised plural opening a sentence is a common noun
    if (ph.nameLast - ph.nameFirst === 1 && ph.nameFirst === sentenceFirst) {
      const t = tokens[ph.nameFirst];
      if (t.cap && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !t.lower.endsWith("'s") && !registry.knows(t.text)) return null;
    }
    // "Beck, who said …": a relative pronoun stands for the name before its comma
    if (ph.last - ph.first === 1 && (tokens[ph.first].lower === 'who' || tokens[ph.first].lower === 'which')) {
      let k = ph.first - 1;
      if (k >= 0 && tokens[k].kind === 'punct' && tokens[k].text === ',') k--;
      const ante = k >= 0 ? subjectLeft(tokens, k + 1, 0) : null;
      return ante && ante.first !== ph.first ? resolvePhrase(ante, at) : null;
    }
    const m = analyzeMention(text, tokens, ph.nameFirst, ph.nameLast);
    if (!m) return null;
    const e = registry.resolve(m, at, true);
    if (e && ph.last > ph.nameLast + 1 && e.speaker.type === 'person') {
      // "Name, a description," — the appositive describes them
      let a = ph.nameLast;
      while (a < ph.last && tokens[a].kind === 'punct') a++;
      if (a < ph.last && tokens[a].kind === 'word' && (tokens[a].lower === 'a' || tokens[a].lower === 'an' || tokens[a].lower === 'the')) a++;
      // only a description, up to its comma: not "during a town hall meeting", "22" or "who …"
      const end = appositiveEnd(tokens, a, ph.last);
      if (end > a) registry.describe(e, text.slice(tokens[a].start, tokens[end - 1].end));
    }
    return e;
  };

  /** "Trump’s": a person the article has named (not an outlet or a place). */
  const possessorIsPerson = (i: number): boolean => {
    const t = tokens[i];
    if (!t.cap) return t.lower === 'his' || t.lower === 'her';
    const m = analyzeMention(text, tokens, i, i + 1);
    if (!m || m.kind !== 'name' || m.type !== 'person') return false;
    return registry.knows(m.name.replace(/['’]s$/, ''));
  };

  const cite = (e: Entity | null, list: Speaker[], seen: Set<string>) => {
    if (!e) return;
    if (!seen.has(e.speaker.id)) {
      seen.add(e.speaker.id);
      list.push(e.speaker);
    }
  };

  for (const piece of pieces(text, blocks, spans)) {
    while (spanCursor < spans.length && spans[spanCursor].open < piece.start) spanCursor++;
    tokens = tokenize(text, spans, piece.start, piece.end, spanCursor);
    sentences = splitSentences(tokens);
    pairCache.clear();
    usedNextSentenceCue = -1;
    const para = piece.index;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      sentenceFirst = s.first;
      const allPairs = pairsOf(si);
      const pairs = allPairs.some((p) => p.weak) ? allPairs.filter((p) => !p.weak) : allPairs;

      // register the names this sentence mentions, so surnames and roles can find them later
      for (const [a, b] of nameRuns(tokens, s.first, s.last)) {
        // a lone capitalised word registers only as an organisation or a country (cheap test first)
        if (b - a === 1 && !mayNameOrganization(tokens[a])) continue;
        const m = analyzeMention(text, tokens, a, b);
        if (m && m.kind === 'name' && (m.type === 'organization' || m.titled || m.name.indexOf(' ') > 0)) registry.fromName(m, tokens[a].start, false);
      }

      const subject = sentenceSubject(tokens, s);
      // an expletive subject ("There’s time for Cruz to …") is no one: its clause's agent, or none, speaks for it
      const expletive = !!subject && isExpletive(tokens, subject);
      const agent = subject && expletive ? agentAfterExpletive(tokens, subject, s) : null;
      const subjectEntity = expletive ? (agent ? resolvePhrase(agent, tokens[agent.first].start) : null) : subject ? resolvePhrase(subject, tokens[subject.first].start) : null;
      // "Reagan was known for what he called …": a person the sentence names as its subject is whom its
      // later pronouns mean, unless the pronoun's clause is set off as a reporting aside (", he said")
      const namedSubject = !!subject && !!subjectEntity && subjectEntity.speaker.type === 'person' && subjectEntity.words.length >= 2 && tokens[subject.head].cap;
      // resolve each cue's source in reading order; a named source comes into focus for later pronouns
      const pairEntity = new Map<CuePair, Entity | null>();
      for (const p of pairs) {
        if (!p.subject) continue;
        const before = tokens[p.subject.first - 1];
        if (namedSubject && subject && p.subject.first >= subject.last && p.subject.last - p.subject.first === 1 && isPronoun(tokens[p.subject.first].lower) && before && before.kind === 'word') registry.focus(subjectEntity);
        const e = p.subject === subject ? subjectEntity : resolvePhrase(p.subject, tokens[p.subject.first].start);
        pairEntity.set(p, e);
        // a named speaker comes into focus at once: "McCaskill scolded him: “…,” she said."
        const head = tokens[p.subject.head];
        if (e && e.speaker.type === 'person' && head.cap && !p.inverted) registry.focus(e);
      }
      const entityOf = (p: CuePair): Entity | null => {
        if (!p.subject) return null;
        if (pairEntity.has(p)) return pairEntity.get(p) ?? null;
        if (p.subject === subject) return subjectEntity;
        const e = resolvePhrase(p.subject, tokens[p.subject.first].start);
        pairEntity.set(p, e);
        return e;
      };

      let hadQuote = false;
      let hadSpeech = false;
      let lastSpeechToken = -1;
      for (let qi = s.first; qi < s.last; qi++) {
        const tok = tokens[qi];
        if (tok.kind !== 'quote') continue;
        hadQuote = true;
        const sp = spans[tok.quote];
        const qParagraph = para;
        const base = { start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end), paragraph: qParagraph };
        let cue: TextSpan | null = null;
        let source: TextSpan | null = null;
        let entity: Entity | null = null;
        let speech = true;
        // a second cue after an introduced quote ("X scolded him: “…,” she said") takes the turn that follows
        let echoSubj: Phrase | null = null;

        const label = transcriptLabel(base.text);
        // "“Miss Piggy” and “Miss Housekeeping”": a quote listed right after another shares its reading
        const listedAfter: QuoteDecision | null =
          qi - 2 >= s.first && tokens[qi - 2].kind === 'quote' && isListLink(tokens[qi - 1]) ? (lastQuoteDecision as QuoteDecision | null) : null;
        if (listedAfter) {
          speech = listedAfter.speech;
          cue = listedAfter.cue;
          source = listedAfter.source;
          entity = listedAfter.entity;
        } else if (label > 0) {
          let ls = sp.start;
          while (text[ls] === ' ') ls++;
          source = span(text, ls, sp.start + label);
          cue = span(text, sp.start + label, sp.start + label + 1);
          const name = titleCaseLabel(source.text.trim());
          entity = registry.resolve(
            {
              kind: 'name',
              name,
              type: 'person',
              description: null,
              head: name.toLowerCase(),
              modifiers: [],
              nameStart: ls,
              nameEnd: sp.start + label,
              titled: false,
            },
            ls,
            true,
          );
        } else if (subject && subject.last <= qi && wordingInUse(tokens, qi, subject.last)) {
          // "she has used the term “…”": the subject's wording
          source = tokenSpan(text, tokens, subject.first, subject.last);
          entity = subjectEntity;
        } else if (
          nameOfNoun(tokens, qi, s.first) ||
          (introducedAsTerm(tokens, qi, s.first, possessorIsPerson) &&
            !pairs.some((p) => !p.participle && p.subject && p.cueLast === qi && p.subject.last <= p.cueFirst && !TOLD.has(tokens[p.cueFirst].lower)))
        ) {
          // a label ("so-called “…”", "the show “…”") unless someone actively names it ("he dubbed “…”")
          speech = false;
        } else {
          let found = cueForQuote(tokens, s, pairs, qi, subject);
          if (found?.echo?.subject) echoSubj = found.echo.subject;
          // "… - Carl Bialik: “…”", "More from the report: “…”": a label before the colon
          const colonLabel = found && found.via === 'after' ? null : labelBeforeColon(tokens, s, qi);
          if (colonLabel) {
            const { first, last } = colonLabel;
            const ph = { first, last, head: last - 1, nameFirst: first, nameLast: last };
            found = { pair: { cueFirst: qi - 1, cueLast: qi, subject: ph, participle: false, inverted: false }, via: 'before' };
          }
          // "“…” ― Sonya Herridge": a dash and a name after the quote sign it
          if (!found || found.via !== 'after') {
            const d = tokens[qi + 1];
            if (d && d.kind === 'punct' && DASH_MARKS.has(d.text) && qi + 2 < tokens.length && tokens[qi + 2].kind === 'word' && tokens[qi + 2].cap) {
              const np = phraseRight(tokens, qi + 2, Math.min(tokens.length, qi + 12));
              if (np) found = { pair: { cueFirst: qi + 1, cueLast: qi + 2, subject: np, participle: false, inverted: true }, via: 'after' };
            }
          }
          // "Obama is rolling out a new message: “It's about me.”": a colon hands the quote to the subject
          if (!found && qi - 1 >= s.first && tokens[qi - 1].kind === 'punct' && tokens[qi - 1].text === ':' && subject && subject.last < qi) {
            found = { pair: { cueFirst: qi - 1, cueLast: qi, subject, participle: false, inverted: false }, via: 'before' };
          }
          // "“Why now?” she asked." — the cue opens the next sentence
          if (!found && qi === s.last - 1 && si + 1 < sentences.length) {
            const next = sentences[si + 1];
            const np = pairsOf(si + 1).filter((x) => !x.weak);
            let p = np.find((x) => x.subject && !x.participle && opensCueSentence(tokens, next.first, x.inverted ? x.cueFirst : x.subject.first));
            // "Scott's niece, state Del. Marcia “Cia” Price, shouted …": the whole stretch before the verb names the speaker
            if (!p) {
              const w = np.find((x) => x.subject && !x.participle && !x.inverted);
              if (w && w.subject && speakerStretch(tokens, next.first, w.subject.first)) p = { ...w, subject: widenTo(tokens, w.subject, next.first) };
            }
            // quotations of the cue sentence past its cue (a nickname inside the speaker's name does not count)
            let nextHasQuote = false;
            let nextFirstQuote = -1;
            for (let k = p ? p.cueLast : next.first; k < next.last; k++)
              if (tokens[k].kind === 'quote') {
                if (!nextHasQuote) nextFirstQuote = k;
                nextHasQuote = true;
              }
            // a short cue sentence, or one whose verb closes its clause ("LeVell declared, a 60-year-old …")
            const closesClause = !!p && p.cueLast < next.last && tokens[p.cueLast].kind === 'punct' && p.cueLast - next.first <= 8;
            // "“Is it two? Three?” Clinton asks as …": a question or exclamation closing the quote runs on into its cue
            const qEnd = tok.text.trimEnd().slice(-1);
            const runsOn = !!p && (qEnd === '?' || qEnd === '!');
            // "… Clinton asks as a janitor walks in": the verb takes no object or clause of its own
            const intransitive = !!p && p.cueLast < next.last && p.cueLast - next.first <= 12 && tokens[p.cueLast].kind === 'word' && ADVERBIAL_AFTER_CUE.has(tokens[p.cueLast].lower);
            // a later quotation of the cue sentence is not the one its verb introduces
            // never across a line break: a new line is a new paragraph with its own subject
            const sameLine = !tokens[next.first].afterBreak;
            const quoteFree = !nextHasQuote || (!!p && nextFirstQuote > p.cueLast + 3);
            // or one that ends right after its cue ("…, shouted to the crowd.")
            const shortTail = !!p && next.last - (p.inverted && p.subject ? p.subject.last : p.cueLast) <= 5;
            // "“…” Cruz says he isn’t familiar with it.": a verb opening its own reported clause cites that, not the quote
            const ownClause = !!p && p.cueLast < next.last && tokens[p.cueLast].kind === 'word' && CLAUSE_OPENERS.has(tokens[p.cueLast].lower);
            if (p && sameLine && !ownClause && (runsOn || (quoteFree && (next.last - next.first <= 14 || closesClause || intransitive || shortTail)))) {
              found = { pair: p, via: 'after' };
              // "“…?” X said, according to the Sun.": the outlet the cue sentence relays through is the source, as in one sentence
              const via = cueForQuote(tokens, next, np, qi, null);
              if (via && via.relayed && via.relayed.cueFirst === p.cueFirst) found = { pair: via.pair, via: 'after', relayed: p };
              usedNextSentenceCue = si + 1;
            }
          }
          // the paragraph's closing quote, signed by a dash and a name in the next paragraph
          let signature: { cue: TextSpan; source: TextSpan } | null = null;
          if (!found && piece.end === blocks[para].end) {
            let k = qi + 1;
            while (k < tokens.length && tokens[k].kind === 'punct') k++;
            if (k === tokens.length) signature = dashSignature(text, blocks[para + 1]);
          }
          if (signature) {
            source = signature.source;
            cue = signature.cue;
            // the name's own tokens (no quotation lies inside a signature, so no spans are needed)
            const nameTokens = tokenize(text, [], source.start, source.end);
            const m = nameTokens.length ? analyzeMention(text, nameTokens, 0, nameTokens.length) : null;
            entity = m ? registry.resolve(m, source.start, true) : null;
          } else if (found && found.pair.subject) {
            const p = found.pair;
            const subj = p.subject as Phrase;
            cue = tokenSpan(text, tokens, p.cueFirst, p.cueLast);
            source = tokenSpan(text, tokens, subj.first, subj.last);
            entity = p.participle ? (subj === subject ? subjectEntity : resolvePhrase(subj, tokens[subj.first].start)) : entityOf(p);
            if (!p.participle && !pairEntity.has(p)) entity = resolvePhrase(subj, tokens[subj.first].start);
            // "“…,” Sanders said, according to CNN.": CNN is the source as written, Sanders the speaker
            const relayed = found.relayed?.subject;
            if (relayed) entity = (found.relayed && !found.relayed.participle ? entityOf(found.relayed) : resolvePhrase(relayed, tokens[relayed.first].start)) ?? entity;
          } else if (readsAsContinuation(tokens, s, qi, !!previous && previous.paragraph === qParagraph && previous.source !== null)) {
            const close = previous && (previous.paragraph === qParagraph || previous.paragraph === qParagraph - 1);
            // "As a result, there's still “…”": an expletive subject with no agent leaves the quote to the speaker before
            if (subject && subject.last <= qi && !opensSentence(tokens, s, qi) && (!expletive || agent || !previous || !close)) {
              // a long quote inside a clause ("Paul Ryan worried that the safety net was becoming “…”") is its subject's
              source = tokenSpan(text, tokens, subject.first, subject.last);
              entity = subjectEntity;
            } else if (previous && close) {
              source = previous.source;
              entity = previous.entity;
            }
          } else {
            // no cue, but the subject may take a stand on the quoted words ("Clinton supports “…”"): then they are its own
            const stanceEnd = subject ? stanceSubjectEnd(tokens, subject.first, subject.last, qi) : -1;
            if (subject && stanceEnd > subject.first) {
              source = tokenSpan(text, tokens, subject.first, stanceEnd);
              entity = subjectEntity;
            } else {
              speech = false;
            }
          }
        }
        // a quote the expletive subject would own goes to its clause's agent, or stays speech with no source
        if (speech && expletive && subject && source && source.start === tokens[subject.first].start && source.end === tokens[subject.last - 1].end) {
          source = agent ? tokenSpan(text, tokens, agent.first, agent.last) : null;
          entity = subjectEntity;
        }
        if (speech) {
          hadSpeech = true;
          lastSpeechToken = qi;
          previous = { cue, source, entity, paragraph: qParagraph };
          if (echoSubj) previous = { ...previous, source: tokenSpan(text, tokens, echoSubj.first, echoSubj.last) };
          if (entity) {
            registry.focus(entity);
            cite(entity, speakers, seenSpeaker);
          }
        }
        lastQuoteDecision = { speech, cue, source, entity };
        quotes.push({
          ...base,
          kind: speech ? 'speech' : 'term',
          cue: speech ? cue : null,
          source: speech ? source : null,
          speaker: speech && entity ? entity.speaker : null,
        });
      }

      // "“…,” Ebeling said, and her husband added. “…”": a new speaker cited after the sentence's
      // last quotation takes the turn for the quotation that follows
      const turn: Attributed | null = previous;
      if (hadSpeech && turn) {
        const cueStart: number = turn.cue ? turn.cue.start : -1;
        const later: CuePair | undefined = allPairs.find((x) => !x.participle && x.subject && !x.inverted && x.subject.first > lastSpeechToken + 1 && tokens[x.cueFirst].start > cueStart && startsNewClause(tokens, x.subject.first) && !RELATIVE_PRONOUNS.has(tokens[x.subject.first].lower));
        if (later && later.subject)
          previous = { cue: tokenSpan(text, tokens, later.cueFirst, later.cueLast), source: tokenSpan(text, tokens, later.subject.first, later.subject.last), entity: entityOf(later), paragraph: para };
      }

      if (!hadQuote && si !== usedNextSentenceCue) {
        const rc = reportedContent(text, tokens, s, pairs);
        if (rc && rc.pair.subject) {
          const e = entityOf(rc.pair);
          reported.push({
            start: rc.start,
            end: rc.end,
            text: text.slice(rc.start, rc.end),
            paragraph: para,
            cue: tokenSpan(text, tokens, rc.pair.cueFirst, rc.pair.cueLast),
            source: tokenSpan(text, tokens, rc.pair.subject.first, rc.pair.subject.last),
            speaker: e ? e.speaker : null,
          });
          if (e && !seenSpeaker.has(e.speaker.id)) cite(e, reportedSpeakers, seenReported);
        }
        // a cue ending in a colon introduces the next paragraph's quotation ("McCrummen reports:")
        const lastTok = tokens[s.last - 1];
        if (lastTok.kind === 'punct' && lastTok.text === ':' && pairs.length > 0 && pairs[0].subject) {
          const p = pairs[0];
          previous = {
            cue: tokenSpan(text, tokens, p.cueFirst, p.cueLast),
            source: tokenSpan(text, tokens, (p.subject as Phrase).first, (p.subject as Phrase).last),
            entity: entityOf(p),
            paragraph: para,
          };
        }
      }

      // a citation without quotes (or with only terms: "… an “articulate conservative,” the board
      // writes.") still sets who is speaking for a quote that follows with no cue, unless its cue
      // already served the quote before it ("“…!” X, nicknamed “…”, shouted.")
      if (!hadSpeech && si !== usedNextSentenceCue) {
        const p = allPairs.find((x) => !x.participle && x.subject);
        // "Bolton distanced himself … by saying he would help.": a participle speaks for the sentence's subject
        const part = p ? null : allPairs.find((x) => x.participle && subject && subject.last <= x.cueFirst && tokens[x.cueFirst].lower.endsWith('ing'));
        if (p && p.subject)
          previous = {
            cue: tokenSpan(text, tokens, p.cueFirst, p.cueLast),
            source: tokenSpan(text, tokens, p.subject.first, p.subject.last),
            entity: entityOf(p),
            paragraph: para,
          };
        else if (part && subject)
          previous = { cue: tokenSpan(text, tokens, part.cueFirst, part.cueLast), source: tokenSpan(text, tokens, subject.first, subject.last), entity: subjectEntity, paragraph: para };
      }

      // "Here they are:" / "Transcript as follows:" — a colon with no verb of saying still hands
      // the following quotation to the sentence's subject
      if (!hadQuote && subject) {
        const lastTok = tokens[s.last - 1];
        if (lastTok.kind === 'punct' && lastTok.text === ':' && !pairs.some((x) => !x.participle && x.subject)) {
          previous = { cue: span(text, lastTok.start, lastTok.end), source: tokenSpan(text, tokens, subject.first, subject.last), entity: subjectEntity, paragraph: para };
        }
      }

      // focus: the first citation's source, else the sentence subject
      let focus: Entity | null = null;
      for (const p of pairs) {
        const e = entityOf(p);
        if (e && e.speaker.type === 'person') {
          focus = e;
          break;
        }
      }
      if (!focus && subjectEntity) focus = subjectEntity;
      registry.focus(focus);
    }
    // "“…,” Miller said into the phone. / She pauses. / “…”": a short stage direction about the
    // speaker, with no quotation and no name of its own, does not end their turn
    if (previous && previous.paragraph === para - 1 && stageDirection(tokens)) previous = { ...previous, paragraph: para };
  }

  quotes.sort((a, b) => a.start - b.start);
  attributeForward(text, blocks, quotes);
  const stillReported = reportedSpeakers.filter((sp) => !seenSpeaker.has(sp.id));
  // names as readers know them; a quote whose source names no one goes on no page
  return cleanSpeakers({ quotes, reported, speakers, reportedSpeakers: stillReported }, text);
}
