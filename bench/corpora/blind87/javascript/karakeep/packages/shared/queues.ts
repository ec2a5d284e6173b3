import { EventEmitter } from "node:events";

export type ZCrawlLinkRequest = { bookmarkId: string; url: string; archiveFullPage?: boolean };
export type ZVideoRequest = { bookmarkId: string; url: string; format?: string };

class SimpleQueue<T> extends EventEmitter {
  constructor(readonly name: string) {
    super();
  }

  async enqueue(payload: T) {
    setImmediate(() => this.emit("job", { id: crypto.randomUUID(), data: payload }));
  }

  process(handler: (job: { id: string; data: T }) => Promise<void>) {
    this.on("job", (job) => {
      handler(job).catch((err) => console.error(`[${this.name}] job ${job.id} failed`, err));
    });
  }
}

export const LinkCrawlerQueue = new SimpleQueue<ZCrawlLinkRequest>("link_crawler_queue");
export const VideoWorkerQueue = new SimpleQueue<ZVideoRequest>("video_queue");
