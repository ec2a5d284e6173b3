import {isUrlAllowed} from '../utils/urlAllowed';

interface WebhookJob { docId: string; url: string; events: string[]; }

export class WebhookQueue {
  private _jobs: WebhookJob[] = [];

  public enqueue(job: WebhookJob) {
    this._jobs.push(job);
  }

  public async drain() {
    while (this._jobs.length > 0) {
      const job = this._jobs.shift()!;
      await this._deliver(job);
    }
  }

  private async _deliver(job: WebhookJob) {
    const body = JSON.stringify({docId: job.docId, events: job.events});
    if (job.events.includes('test')) {
      if (!isUrlAllowed(job.url)) { return; }
      await fetch(job.url, {method: 'POST', body, headers: {'Content-Type': 'application/json'}});
      return;
    }
    // expect: ssrf
    await fetch(job.url, {method: 'POST', body, headers: {'Content-Type': 'application/json'}});
  }
}
