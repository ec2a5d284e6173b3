import assert from "node:assert/strict";
import { test } from "node:test";
import { vscode } from "./vscodeMock";
import { postilMarkdownPath } from "../src/explainPanel";
import { keyState } from "../src/settings";
import { initialModel, reduce, render } from "../src/status";

function shown(provider: string, secret: string | undefined, env: NodeJS.ProcessEnv): string {
  const model = [{ type: "running" as const }, { type: "llmConfigured" as const, provider, ...keyState(provider, secret, env) }]
    .reduce(reduce, initialModel());
  return render(model).text;
}

test("before the server reports, 'no key' only where the provider needs one and none is anywhere", () => {
  assert.equal(shown("anthropic", undefined, {}), "postil · AI: no key");
  assert.equal(shown("anthropic", "sk-secret", {}), "postil · AI ready");
  assert.equal(shown("openai", undefined, { OPENAI_API_KEY: "sk-env" }), "postil · AI ready");
  assert.equal(shown("anthropic", undefined, { POSTIL_LLM_API_KEY: "k" }), "postil · AI ready");
  assert.equal(shown("anthropic", undefined, { OPENAI_API_KEY: "not theirs" }), "postil · AI: no key");
  // an OpenAI-compatible server (a local one) often takes no key, and the server runs without one
  assert.equal(shown("openai-compatible", undefined, {}), "postil · AI ready");
});

test("only the server's Markdown under .postil/ is shown rendered; other documents open as usual", () => {
  const file = (path: string) => vscode.Uri.file(path) as never;
  assert.equal(postilMarkdownPath(file("/w/.postil/explain/app-3-ab12cd34.md")), "/w/.postil/explain/app-3-ab12cd34.md");
  assert.equal(postilMarkdownPath(file("/w/README.md")), undefined);
  assert.equal(postilMarkdownPath(file("/w/.postil/explain/notes.txt")), undefined);
  assert.equal(postilMarkdownPath({ scheme: "untitled", fsPath: "/w/.postil/x.md" } as never), undefined);
});
