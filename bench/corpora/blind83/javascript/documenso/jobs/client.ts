import { EventEmitter } from 'node:events';
import { resealDocumentJob } from './definitions/reseal-document';

type JobDefinition<T> = { name: string; handler: (payload: T) => Promise<void> };

class LocalJobsClient {
  private emitter = new EventEmitter();
  private definitions = new Map<string, JobDefinition<any>>();

  define<T>(definition: JobDefinition<T>) {
    this.definitions.set(definition.name, definition);
    this.emitter.on(definition.name, (payload: T) => void definition.handler(payload).catch(() => undefined));
  }

  async triggerJob<T>({ name, payload }: { name: string; payload: T }) {
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    setImmediate(() => this.emitter.emit(name, payload));
  }
}

export const jobs = new LocalJobsClient();
jobs.define(resealDocumentJob);
