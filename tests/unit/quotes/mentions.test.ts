import { describe, expect, it } from 'vitest';
import { readTextFrame } from '../../../src/lib/quotes/text-frame.ts';
import { analyzeMention, isPossessive, nameRunEnd, nameRuns } from '../../../src/lib/quotes/mentions.ts';
import { tokenize } from '../../../src/lib/quotes/tokens.ts';

function mention(phrase: string) {
  const tokens = tokenize(phrase, []);
  const m = analyzeMention(phrase, tokens, 0, tokens.length);
  return m && { kind: m.kind, name: m.name, type: m.type, description: m.description, head: m.head };
}

describe('mentions', () => {
  it('splits titles from the name and keeps them as the description', () => {
    expect(mention('Italian Defense Minister Guido Crosetto')).toMatchObject({ kind: 'name', name: 'Guido Crosetto', type: 'person', description: 'Italian Defense Minister' });
    expect(mention('Secretary of State John Kerry')).toMatchObject({ name: 'John Kerry', description: 'Secretary of State' });
  });

  it('keeps naming titles in the name', () => {
    expect(mention('Pope Francis')).toMatchObject({ name: 'Pope Francis', description: 'Pope', type: 'person' });
  });

  it('drops honorifics', () => {
    expect(mention('Mr. Obama')).toMatchObject({ name: 'Obama', description: null });
  });

  it('reads capitals and countries as the government, an organisation', () => {
    expect(mention('Moscow')).toMatchObject({ name: 'Russia', type: 'organization' });
    expect(mention('Rome')).toMatchObject({ name: 'Italy', type: 'organization' });
  });

  it('recognises organisations and outlets', () => {
    expect(mention('The New York Post')).toMatchObject({ type: 'organization' });
    expect(mention('NATO')).toMatchObject({ type: 'organization' });
  });

  it('tells roles, pronouns and generic descriptions apart', () => {
    expect(mention('the defense minister')).toMatchObject({ kind: 'role', head: 'minister' });
    expect(mention('he')).toMatchObject({ kind: 'pronoun' });
    expect(mention('a source')).toMatchObject({ kind: 'generic' });
  });

  it("keeps a role's modifiers, possessives cut (a generic description's are never read)", () => {
    const modifiers = (phrase: string) => {
      const tokens = tokenize(phrase, []);
      return analyzeMention(phrase, tokens, 0, tokens.length)?.modifiers;
    };
    expect(modifiers('the French defense minister')).toEqual(['french', 'defense']);
    expect(modifiers("the state's governor")).toEqual(['state']);
    expect(modifiers('a local source')).toEqual([]);
  });

  it('reads a one-word opener as a name right after a quotation, not at a sentence start', () => {
    const text = '“We won,” From said.';
    const tokens = readTextFrame(text).tokens;
    const at = tokens.findIndex((t) => t.text === 'From');
    expect(analyzeMention(text, tokens, at, at + 1)).toMatchObject({ kind: 'name', name: 'From' });
    expect(mention('From')).toBeNull();
  });

  it('reads a possessive pronoun as its owner, and a one-word name that is also a property of every object as a name', () => {
    expect(mention('his')).toMatchObject({ kind: 'pronoun', head: 'he' });
    expect(mention('their')).toMatchObject({ kind: 'pronoun', head: 'they' });
    const text = '“We won,” Constructor said.';
    const tokens = readTextFrame(text).tokens;
    const at = tokens.findIndex((t) => t.text === 'Constructor');
    expect(analyzeMention(text, tokens, at, at + 1)).toMatchObject({ kind: 'name', name: 'Constructor' });
  });
  it('tells every word list a name run is read against: organisation heads, titles, connectors, honorifics, determiners', () => {
    // an organisation word that is also a title word counts only at the run's end
    expect(mention('Bank of America')).toMatchObject({ type: 'organization' });
    expect(mention('Ohio Democratic Party Chairman David Pepper')).toMatchObject({ type: 'person', name: 'David Pepper', description: 'Ohio Democratic Party Chairman' });
    expect(mention('the State Department')).toMatchObject({ type: 'organization' });
    // a lower-case connector joins the name; an honorific is dropped from the description, a title kept
    expect(mention('Ludwig van Beethoven')).toMatchObject({ kind: 'name', name: 'Ludwig van Beethoven', type: 'person' });
    expect(mention('Dr. Ann Lee')).toMatchObject({ name: 'Ann Lee', description: null });
    expect(mention('the Monday meeting')).toMatchObject({ kind: 'generic', head: 'meeting' });
    expect(mention('they')).toMatchObject({ kind: 'pronoun', head: 'they' });
    expect(mention('the')).toBeNull();
  });

  it('finds capitalised name runs, joined by connectors and "of", ended by a possessive', () => {
    const text = 'Then Ludwig van Beethoven met Ann Lee’s aide and the Bank of America.';
    const { tokens } = readTextFrame(text);
    const runs = nameRuns(tokens, 0, tokens.length);
    const words: string[] = [];
    for (let n = 0; n < runs.length; n += 2) words.push(text.slice(tokens[runs[n]].start, tokens[runs[n + 1] - 1].end));
    expect(words).toEqual(['Ludwig van Beethoven', 'Ann Lee’s', 'Bank of America']);
  });

  it('walks a name run in place as nameRuns reads it', () => {
    const text = 'Then Ludwig van Beethoven met Ann Lee’s friend at Bank of America.';
    const tokens = tokenize(text, []);
    const runs: number[] = [];
    for (let k = 0; k < tokens.length; ) {
      const end = nameRunEnd(tokens, k, 0, tokens.length);
      if (end < 0) k++;
      else {
        runs.push(k, end);
        k = end;
      }
    }
    expect(runs).toEqual(nameRuns(tokens, 0, tokens.length));
    expect(nameRunEnd(tokens, 0, 0, tokens.length)).toBe(-1); // "Then" opens the sentence
  });

  it('tells a possessive word by its last two characters, as endsWith did', () => {
    for (const lower of ["trump's", "sanders'", 's', "'", "'s", "s'", 'ss', 'its', "it'", '', 'x', "o's's", "s's"]) {
      expect([lower, isPossessive({ ...tokenize('x', [])[0], lower })]).toEqual([lower, lower.endsWith("'s") || lower.endsWith("s'")]);
    }
  });
});
