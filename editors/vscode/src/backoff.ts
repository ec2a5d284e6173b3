// Restart-on-crash policy: exponential backoff, reset after a healthy run, give up after
// too many crashes in a window. Pure logic (time is passed in).

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  /** A run at least this long counts as healthy: the next crash starts from initialMs again. */
  healthyMs: number;
  /** Give up after this many crashes within windowMs. */
  maxCrashes: number;
  windowMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  initialMs: 1000,
  maxMs: 30_000,
  healthyMs: 60_000,
  maxCrashes: 5,
  windowMs: 180_000,
};

export type CrashDecision = { restart: true; delayMs: number; attempt: number } | { restart: false; crashes: number };

export class Backoff {
  private crashes: number[] = [];
  private attempt = 0;
  private startedAt: number | undefined;

  constructor(private readonly options: BackoffOptions = DEFAULT_BACKOFF) {}

  /** The server (re)started at `now`. */
  started(now: number): void {
    this.startedAt = now;
  }

  /** The server died at `now`: restart after a delay, or stop trying. */
  crashed(now: number): CrashDecision {
    if (this.startedAt !== undefined && now - this.startedAt >= this.options.healthyMs) {
      this.attempt = 0;
    }
    this.crashes = this.crashes.filter((t) => now - t < this.options.windowMs);
    this.crashes.push(now);
    if (this.crashes.length > this.options.maxCrashes) {
      return { restart: false, crashes: this.crashes.length };
    }
    const delayMs = Math.min(this.options.initialMs * 2 ** this.attempt, this.options.maxMs);
    this.attempt += 1;
    return { restart: true, delayMs, attempt: this.attempt };
  }

  /** A user-requested restart forgets past crashes. */
  reset(): void {
    this.crashes = [];
    this.attempt = 0;
  }
}
