/**
 * A memo of a pure function of a string, kept across articles because its keys (names, runs,
 * descriptions, sources) recur across articles as well as within one. It is emptied when it holds
 * `limit` answers, so an archive of any size, or one hostile text of millions of distinct words,
 * cannot grow it without bound; an answer depends on its key alone, so emptying it changes no
 * answer, only what the next asks cost. Answers may be null or false, never undefined (the memo's
 * mark for "not read yet").
 */
export class BoundedMemo<V extends NonNullable<unknown> | null> {
  private readonly answers = new Map<string, V>();
  private readonly read: (key: string) => V;
  private readonly limit: number;

  constructor(read: (key: string) => V, limit = 20000) {
    this.read = read;
    this.limit = limit;
  }

  /** read(key), worked out once while the memo holds it. */
  get(key: string): V {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = this.read(key);
      if (this.answers.size >= this.limit) this.answers.clear();
      this.answers.set(key, answer);
    }
    return answer;
  }
}
