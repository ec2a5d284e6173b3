import assert from "node:assert/strict";
import { test } from "node:test";
import { created, vscode } from "./vscodeMock";
import { StatusBar } from "../src/statusBar";
import { classifyLlmError, initialModel, reduce, render, StatusEvent, StatusModel } from "../src/status";

function run(events: StatusEvent[]): StatusModel {
  return events.reduce(reduce, initialModel());
}

const ready: StatusEvent[] = [
  { type: "running", version: "0.1.0" },
  { type: "llmConfigured", provider: "openai", hasKey: true, needsKey: true },
];

test("LLM off by default; ready with a provider and key; no key is a warning", () => {
  assert.equal(render(run([{ type: "running" }])).text, "postil · AI off");
  assert.equal(render(run(ready)).text, "postil · AI ready");
  const noKey = render(run([{ type: "running" }, { type: "llmConfigured", provider: "anthropic", hasKey: false, needsKey: true }]));
  assert.equal(noKey.text, "postil · AI: no key");
  assert.equal(noKey.level, "warning");
  assert.match(noKey.tooltip, /Set LLM API key/);
  assert.equal(render(run([{ type: "running" }, { type: "llmConfigured", provider: "ollama", hasKey: false, needsKey: false }])).text,
    "postil · AI ready");
});

test("reviewing spins, then back to ready; budget and circuit errors stick", () => {
  const reviewing = run([...ready, { type: "reviewStarted" }]);
  assert.equal(render(reviewing).text, "$(sync~spin) postil · AI reviewing");
  assert.equal(render(reduce(reviewing, { type: "reviewFinished" })).text, "postil · AI ready");
  const spent = reduce(reviewing, { type: "reviewFinished", error: "LLM budget spent for today (50000 tokens)" });
  assert.equal(spent.llm, "budgetSpent");
  assert.equal(render(spent).level, "warning");
  assert.equal(reduce(reviewing, { type: "reviewFinished", error: "circuit open after 3 failures" }).llm, "circuitOpen");
  assert.equal(reduce(reviewing, { type: "reviewFinished", error: "timeout" }).llm, "ready");
});

test("a review with the LLM off does not claim to be reviewing", () => {
  assert.equal(run([{ type: "running" }, { type: "reviewStarted" }]).llm, "off");
});

test("server postil/status notifications drive index progress and LLM state", () => {
  const model = run([...ready, { type: "serverStatus", payload: { index: { state: "indexing", done: 12, total: 340 } } }]);
  assert.equal(render(model).text, "$(sync~spin) postil · indexing 12/340 · AI ready");
  const done = reduce(model, { type: "serverStatus", payload: { index: { state: "ready" }, llm: { state: "circuitOpen", detail: "retry in 60 s" } } });
  assert.equal(render(done).text, "postil · AI paused");
  assert.match(render(done).tooltip, /retry in 60 s/);
  assert.deepEqual(reduce(done, { type: "serverStatus", payload: { llm: { state: "bogus" } } }), done);
  assert.deepEqual(reduce(done, { type: "serverStatus", payload: "nonsense" }), done);
});

test("server lifecycle: not found and crash states are visible", () => {
  const notFound = render(run([{ type: "notFound", message: "postil: not found. Install it with pipx install /path/to/postil" }]));
  assert.equal(notFound.level, "error");
  assert.match(notFound.tooltip, /pipx install \/path\/to\/postil/);
  assert.match(render(run([...ready, { type: "restarting", attempt: 2, delayMs: 2000 }])).tooltip, /restart 2 in 2 s/);
});

test("classifyLlmError", () => {
  assert.equal(classifyLlmError("Budget exhausted"), "budgetSpent");
  assert.equal(classifyLlmError("provider circuit breaker open"), "circuitOpen");
  assert.equal(classifyLlmError("HTTP 500"), undefined);
});

test("the status bar item shows the model, with a warning background when needed", () => {
  const bar = new StatusBar("postil.client.showStatus");
  const item = created.statusBarItems.at(-1)!;
  assert.equal(item.visible, true);
  assert.equal(item.command, "postil.client.showStatus");
  assert.equal(item.text, "$(sync~spin) postil");
  bar.update({ type: "running", version: "0.1.0" });
  bar.update({ type: "llmConfigured", provider: "openai", hasKey: false, needsKey: true });
  assert.equal(item.text, "postil · AI: no key");
  assert.ok(item.backgroundColor instanceof vscode.ThemeColor);
  assert.equal((item.backgroundColor as InstanceType<typeof vscode.ThemeColor>).id, "statusBarItem.warningBackground");
  bar.update({ type: "llmConfigured", provider: "off", hasKey: false, needsKey: false });
  assert.equal(item.backgroundColor, undefined);
  bar.dispose();
  assert.equal(item.visible, false);
});
