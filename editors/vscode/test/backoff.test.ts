import assert from "node:assert/strict";
import { test } from "node:test";
import { Backoff } from "../src/backoff";

test("restart delays double up to the cap", () => {
  const backoff = new Backoff({ initialMs: 1000, maxMs: 4000, healthyMs: 60_000, maxCrashes: 10, windowMs: 1_000_000 });
  backoff.started(0);
  const delays = [1, 2, 3, 4].map((i) => backoff.crashed(i * 10));
  assert.deepEqual(delays.map((d) => (d.restart ? d.delayMs : -1)), [1000, 2000, 4000, 4000]);
});

test("a healthy run resets the delay", () => {
  const backoff = new Backoff({ initialMs: 1000, maxMs: 30_000, healthyMs: 60_000, maxCrashes: 10, windowMs: 1_000_000 });
  backoff.started(0);
  backoff.crashed(100);
  backoff.crashed(200);
  backoff.started(300);
  const next = backoff.crashed(300 + 61_000);
  assert.ok(next.restart && next.delayMs === 1000);
});

test("too many crashes in the window: stop restarting", () => {
  const backoff = new Backoff({ initialMs: 10, maxMs: 100, healthyMs: 60_000, maxCrashes: 3, windowMs: 180_000 });
  backoff.started(0);
  assert.ok(backoff.crashed(1).restart);
  assert.ok(backoff.crashed(2).restart);
  assert.ok(backoff.crashed(3).restart);
  const fourth = backoff.crashed(4);
  assert.deepEqual(fourth, { restart: false, crashes: 4 });
  backoff.reset();
  assert.ok(backoff.crashed(5).restart);
});

test("crashes older than the window are forgotten", () => {
  const backoff = new Backoff({ initialMs: 10, maxMs: 100, healthyMs: 1e12, maxCrashes: 2, windowMs: 1000 });
  backoff.started(0);
  backoff.crashed(0);
  backoff.crashed(10);
  assert.ok(backoff.crashed(5000).restart);
});
