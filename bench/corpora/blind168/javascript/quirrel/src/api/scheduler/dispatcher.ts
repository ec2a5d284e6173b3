import type { Redis } from "ioredis";
import type { FastifyBaseLogger } from "fastify";
import { signJobPayload } from "../shared/signature";
import type { JobDTO } from "./jobs-repo";

export class Dispatcher {
  constructor(private readonly redis: Redis, private readonly log: FastifyBaseLogger) {}

  private async allowedBases(tokenId: string): Promise<string[]> {
    return this.redis.smembers(`token:${tokenId}:bases`);
  }

  private headersFor(job: JobDTO) {
    return {
      "Content-Type": "text/plain",
      "x-quirrel-meta": JSON.stringify({ id: job.id, count: job.count, runAt: job.runAt, exclusive: job.exclusive }),
      "x-quirrel-signature": signJobPayload(job.body),
    };
  }

  /** Called by the worker loop for jobs that are due. */
  async dispatch(tokenId: string, job: JobDTO) {
    const target = new URL(job.endpoint);
    const bases = await this.allowedBases(tokenId);
    if (!bases.some((base) => new URL(base).origin === target.origin)) {
      this.log.warn({ tokenId, jobId: job.id }, "endpoint outside the token's registered origins; dropping job");
      return 0;
    }
    const res = await fetch(target, { method: "POST", headers: this.headersFor(job), body: job.body, signal: AbortSignal.timeout(30_000) });
    this.log.info({ tokenId, jobId: job.id, status: res.status }, "job dispatched");
    return res.status;
  }

  /** "Invoke now" button in the dev UI. */
  async invokeNow(endpoint: string, job: JobDTO) {
    // expect: ssrf
    const res = await fetch(endpoint, { method: "POST", headers: this.headersFor(job), body: job.body, signal: AbortSignal.timeout(30_000) });
    this.log.info({ jobId: job.id, status: res.status }, "job invoked manually");
    return res.status;
  }
}
