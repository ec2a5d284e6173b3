import assert from "node:assert/strict";
import { test } from "node:test";
import { properties, resetSettings } from "./vscodeMock";
import { readOptions } from "../src/config";
import { CLIENT_KEYS, INDEX_KEYS, initializationOptions, LLM_KEYS, needsRestart, SERVER_KEYS, serverEnvironment } from "../src/settings";

test("package.json contributes exactly the mapped settings plus the client-only ones", () => {
  const expected = [
    ...SERVER_KEYS,
    ...LLM_KEYS.map((k) => `llm.${k}`),
    ...INDEX_KEYS.map((k) => `index.${k}`),
    ...CLIENT_KEYS,
  ].map((k) => `postil.${k}`).sort();
  assert.deepEqual(Object.keys(properties).sort(), expected);
  for (const [key, schema] of Object.entries(properties)) {
    const described = (schema as { description?: string; markdownDescription?: string });
    assert.ok(described.description || described.markdownDescription, `${key} has no description`);
  }
});

test("defaults: flat server settings, llm off, no client-only keys, no secrets", () => {
  resetSettings();
  const options = readOptions();
  assert.equal(options.run, "onType");
  assert.equal(options.debounceMs, null);
  assert.equal(options.select, null);
  assert.deepEqual(options.ignore, []);
  assert.equal(options.configurationPreference, "filesystemFirst");
  assert.deepEqual(options.llm, { provider: "off", review: "onCommand" });
  assert.deepEqual(options.index, { enable: true, embeddings: "hash", exclude: [] });
  for (const key of ["path", "interpreter", "serverArgs", "trace", "apiKey"]) {
    assert.ok(!(key in options), `${key} must not reach the server`);
  }
});

test("user settings map to camelCase keys and nested llm/index objects", () => {
  resetSettings({
    "postil.run": "onSave",
    "postil.select": ["python/security"],
    "postil.ignore": ["python/correctness/none-equality-comparison"],
    "postil.llm.provider": "ollama",
    "postil.llm.model": "qwen2.5-coder:7b",
    "postil.llm.baseUrl": "http://127.0.0.1:11434",
    "postil.llm.review": "onSave",
    "postil.index.embeddings": "ollama",
    "postil.index.maxFileSize": 200000,
    "postil.path": ["/x/postil"],
  });
  const options = readOptions();
  assert.equal(options.run, "onSave");
  assert.deepEqual(options.select, ["python/security"]);
  assert.deepEqual(options.ignore, ["python/correctness/none-equality-comparison"]);
  assert.deepEqual(options.llm, { provider: "ollama", model: "qwen2.5-coder:7b", baseUrl: "http://127.0.0.1:11434", review: "onSave" });
  assert.equal(options.index.embeddings, "ollama");
  assert.equal(options.index.maxFileSize, 200000);
  assert.ok(!("path" in options));
  resetSettings();
});

test("unset values are left out so the server keeps its own defaults", () => {
  const options = initializationOptions(() => undefined);
  assert.deepEqual(Object.keys(options).sort(), ["index", "llm"]);
});

test("the API key travels in the provider's environment variable only", () => {
  const env = serverEnvironment({ PATH: "/usr/bin" }, "anthropic", "sk-ant-123");
  assert.equal(env.ANTHROPIC_API_KEY, "sk-ant-123");
  assert.equal(env.POSTIL_LLM_API_KEY, "sk-ant-123");
  assert.equal(env.PATH, "/usr/bin");
  assert.equal(serverEnvironment({}, "ollama", "ignored").POSTIL_LLM_API_KEY, undefined);
  assert.equal(serverEnvironment({}, "openai", undefined).OPENAI_API_KEY, undefined);
});

test("changing how the server starts restarts it; rule settings do not", () => {
  assert.equal(needsRestart((k) => k === "interpreter"), true);
  assert.equal(needsRestart((k) => k === "llm.provider"), true);
  assert.equal(needsRestart((k) => k === "select"), false);
});
