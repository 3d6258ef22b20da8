/**
 * A worker thread that analyses articles (src/lib/site-content.ts analyseArticle) for the content
 * loader. It runs under Node's own TypeScript support, not through the dev server's module
 * runner, whose indirection on every imported call made the quote engine about three times slower
 * inside a build than on the command line.
 */
import { parentPort } from 'node:worker_threads';
import { analyseArticle } from '../lib/site-content.ts';
import { ContentError } from '../lib/content-error.ts';
import type { AnalysisJob, AnalysisReply } from './analysis-pool.ts';

function analyse(job: AnalysisJob): AnalysisReply {
  try {
    return { index: job.index, analysed: analyseArticle(job.file, job.text) };
  } catch (error) {
    if (error instanceof ContentError) return { index: job.index, error: { file: error.file, field: error.field, problem: error.problem } };
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { index: job.index, error: { file: job.file, field: null, problem: `the quote engine failed: ${message}` } };
  }
}

parentPort?.on('message', (jobs: AnalysisJob[]) => {
  parentPort!.postMessage(jobs.map(analyse));
});
