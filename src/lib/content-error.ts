/**
 * A problem in editorial content. It names the file and the field so an editor can fix it
 * without reading a stack trace; the build stops on it, so nothing is half published.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string | null;
  /** What is wrong, without the file and field (the message has all three). */
  readonly problem: string;

  constructor(file: string, field: string | null, problem: string) {
    super(`${file}${field ? ` → ${field}` : ''}: ${problem}`);
    this.problem = problem;
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}
