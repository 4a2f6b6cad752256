// `POST /api/jobs/:job` (issue 11 §2): Azure Functions or Logic Apps drive the jobs instead of (or besides) the crons.
// Shared secret as `Authorization: Bearer <secret>`, compared in constant time; 401 without detail, 404 for an unknown
// job. Not registered at all without a secret (404). Answers the run's counts as JSON once it finished.
import { createHash, timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import type { JobName } from '../../storage/ports.js';
import type { Logger } from '../logger.js';
import type { JobResult } from './runner.js';

export const JOB_NAMES: readonly JobName[] = ['reminders', 'weekly-summary'];

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Equal length digests, so neither the comparison nor its failure says anything about the secret's length. */
export function bearerMatches(header: string | undefined, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  return timingSafeEqual(digest(match?.[1] ?? ''), digest(secret)) && match !== null;
}

export const isJobName = (name: string): name is JobName => (JOB_NAMES as readonly string[]).includes(name);

export interface JobRouteDeps {
  secret: string | undefined;
  run(job: JobName): Promise<JobResult>;
  logger: Logger;
}

export function registerJobRoutes(server: restify.Server, deps: JobRouteDeps): void {
  const { secret } = deps;
  if (secret === undefined) return;
  server.post('/api/jobs/:job', async (req, res) => {
    if (!bearerMatches(req.header('authorization', ''), secret)) {
      deps.logger.warn({ job: req.params?.job as unknown }, 'job trigger not authenticated');
      res.send(401, { error: 'unauthorized' });
      return;
    }
    const job = String(req.params?.job ?? '');
    if (!isJobName(job)) {
      res.send(404, { error: 'unknown job' });
      return;
    }
    try {
      const result = await deps.run(job);
      res.send(200, { ...result, skippedLeaseHeld: result.ran ? 0 : 1 });
    } catch (err) {
      deps.logger.error({ err, job }, 'triggered job failed');
      res.send(500, { error: 'job failed', job });
    }
  });
}
