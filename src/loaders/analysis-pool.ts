import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseArticle, type AnalysedArticle } from '../lib/site-content.ts';
import { ContentError } from '../lib/content-error.ts';

/** One file to analyse, and where its result goes. */
export interface AnalysisJob {
  index: number;
  file: string;
  text: string;
}

export type AnalysisReply =
  | { index: number; analysed: AnalysedArticle }
  | { index: number; error: { file: string; field: string | null; problem: string } };

/** Below this many files, starting workers (each loads the engine) costs more than it saves. */
const MIN_FOR_WORKERS = 64;
const MAX_WORKERS = 4;
/** Files sent to a worker at a time: large enough to amortise a message, small enough to balance. */
const BATCH = 50;

/**
 * Analyses every file, in worker threads when there are many (on as many cores as the machine
 * has, up to four), else in this thread. Results come back in the order of `jobs`. The first
 * file with a problem, in that order, throws its ContentError, as analysing in turn would.
 */
export async function analyseAll(jobs: readonly Omit<AnalysisJob, 'index'>[]): Promise<AnalysedArticle[]> {
  if (jobs.length < MIN_FOR_WORKERS) return jobs.map((job) => analyseArticle(job.file, job.text));
  const replies = await analyseInWorkers(jobs.map((job, index) => ({ ...job, index })));
  return replies.map((reply) => {
    if ('error' in reply) throw new ContentError(reply.error.file, reply.error.field, reply.error.problem);
    return reply.analysed;
  });
}

async function analyseInWorkers(jobs: readonly AnalysisJob[]): Promise<AnalysisReply[]> {
  const replies: AnalysisReply[] = new Array(jobs.length);
  let next = 0;
  const count = Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(jobs.length / BATCH));
  const workers = Array.from({ length: count }, () => new Worker(new URL('./analysis-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve();
              const batch = jobs.slice(next, next + BATCH);
              next += batch.length;
              worker.postMessage(batch);
            };
            worker.on('message', (batch: AnalysisReply[]) => {
              for (const reply of batch) replies[reply.index] = reply;
              send();
            });
            worker.on('error', reject);
            // Before its last reply, an exit loses a batch; after it, rejecting changes nothing.
            worker.on('exit', (code) => reject(new Error(`an analysis worker stopped (exit ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return replies;
}
