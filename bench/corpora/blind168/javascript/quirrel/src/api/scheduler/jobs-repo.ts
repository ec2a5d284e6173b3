import type { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { setIn } from "../shared/set-in";

export interface JobDTO {
  id: string;
  endpoint: string;
  body: string;
  runAt: string;
  exclusive: boolean;
  retry: number[];
  override?: boolean;
  count: number;
}

const META_KEYS = new Set(["retry", "exclusive", "override"]);

function jobKey(tokenId: string, endpoint: string, id: string) {
  return `jobs:${tokenId}:${encodeURIComponent(endpoint)}:${id}`;
}

export class JobsRepo {
  constructor(private readonly redis: Redis) {}

  async findById(tokenId: string, endpoint: string, id: string): Promise<JobDTO | null> {
    const raw = await this.redis.get(jobKey(tokenId, endpoint, id));
    return raw ? (JSON.parse(raw) as JobDTO) : null;
  }

  private async save(tokenId: string, job: JobDTO) {
    const key = jobKey(tokenId, job.endpoint, job.id);
    await this.redis.multi().set(key, JSON.stringify(job)).zadd(`queue:${tokenId}`, Date.parse(job.runAt), key).exec();
    return job;
  }

  async enqueue(tokenId: string, endpoint: string, input: { body?: string; runAt?: string; delay?: number; id?: string; retry?: number[]; exclusive?: boolean }) {
    const runAt = input.runAt ? new Date(input.runAt) : new Date(Date.now() + (input.delay ?? 0));
    return this.save(tokenId, {
      id: input.id ?? randomUUID(),
      endpoint,
      body: input.body ?? "",
      runAt: runAt.toISOString(),
      exclusive: input.exclusive ?? false,
      retry: input.retry ?? [],
      count: 0,
    });
  }

  async patch(tokenId: string, endpoint: string, id: string, path: string, value: unknown) {
    const job = await this.findById(tokenId, endpoint, id);
    if (!job) return null;
    const body = job.body ? JSON.parse(job.body) : {};
    setIn(body, path, value);
    job.body = JSON.stringify(body);
    return this.save(tokenId, job);
  }

  async setMeta(tokenId: string, endpoint: string, id: string, key: string, value: unknown) {
    if (!META_KEYS.has(key)) throw new Error(`unsupported job field ${key}`);
    const job = await this.findById(tokenId, endpoint, id);
    if (!job) return null;
    (job as any)[key] = value;
    return this.save(tokenId, job);
  }

  async delete(tokenId: string, endpoint: string, id: string) {
    const key = jobKey(tokenId, endpoint, id);
    const [[, removed]] = (await this.redis.multi().del(key).zrem(`queue:${tokenId}`, key).exec()) as [[null, number]];
    return removed === 1;
  }
}
