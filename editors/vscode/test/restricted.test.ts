// Workspace Trust: what a repository may set, and what a restricted (untrusted) window sends.
import assert from "node:assert/strict";
import { test } from "node:test";
import { manifest, properties, resetSettings, vscode } from "./vscodeMock";
import { readOptions } from "../src/config";
import { reviewArgs } from "../src/review";
import { resolveServer, ResolveInput, whichOnPath } from "../src/serverPath";
import { EGRESS_VARIABLES, MACHINE_KEYS, serverEnvironment } from "../src/settings";

const USER_SCOPES = ["machine", "application"];

test("settings naming a program, its arguments, a file postil writes, a provider or an endpoint are user-only", () => {
  for (const key of MACHINE_KEYS) {
    const scope = (properties[`postil.${key}`] as { scope?: string } | undefined)?.scope;
    assert.ok(scope && USER_SCOPES.includes(scope), `postil.${key} has scope ${scope}: a workspace could set it`);
  }
  // A new setting whose name says it is one of these must join MACHINE_KEYS.
  const risky = /path|interpreter|args|logfile|provider|embeddings|url|model|key|token|header|review|command|env/i;
  for (const [key, schema] of Object.entries(properties)) {
    const scope = (schema as { scope?: string }).scope ?? "window";
    if (risky.test(key.replace(/^postil\./, ""))) {
      assert.ok(USER_SCOPES.includes(scope), `${key} (scope ${scope}) looks like it decides what runs or where code goes`);
    }
  }
});

test("the extension declares limited support for untrusted workspaces with those settings restricted", () => {
  const untrusted = manifest.capabilities?.untrustedWorkspaces;
  assert.equal(untrusted?.supported, "limited");
  assert.ok(typeof untrusted.description === "string" && untrusted.description.length > 0);
  assert.deepEqual([...untrusted.restrictedConfigurations].sort(), MACHINE_KEYS.map((k) => `postil.${k}`).sort());
});

const USER_LLM = {
  "postil.llm.provider": "openai-compatible",
  "postil.llm.baseUrl": "http://llm.example:8080/v1",
  "postil.llm.review": "onSave",
  "postil.index.embeddings": "openai-compatible",
  "postil.index.baseUrl": "http://embed.example:8080/v1",
  "postil.index.chromaUrl": "http://chroma.example:8000",
  "postil.index.modelPath": "/models/example-minilm",
  "postil.run": "onSave",
  "postil.ignore": ["python/style"],
};

test("a restricted window tells the server it is untrusted and turns the LLM and the index off", () => {
  resetSettings(USER_LLM);
  vscode.workspace.isTrusted = false;
  try {
    const options = readOptions();
    assert.equal(options.trusted, false);
    assert.deepEqual(options.llm, { provider: "off", review: "off" });
    assert.deepEqual(options.index, { enable: false, embeddings: "hash" });
    assert.ok(!JSON.stringify(options).includes("example"), "an endpoint reached the server");
    // the rules' settings still apply
    assert.equal(options.run, "onSave");
    assert.deepEqual(options.ignore, ["python/style"]);
  } finally {
    vscode.workspace.isTrusted = true;
    resetSettings();
  }
});

test("a trusted window sends the user's LLM and index settings, and no trusted key", () => {
  resetSettings(USER_LLM);
  const options = readOptions();
  assert.ok(!("trusted" in options));
  assert.equal(options.llm.provider, "openai-compatible");
  assert.equal(options.index.chromaUrl, "http://chroma.example:8000");
  assert.equal(options.index.modelPath, "/models/example-minilm");
  resetSettings();
});

test("a restricted window passes no key or endpoint to the server and CLI, and turns the LLM off", () => {
  const base: NodeJS.ProcessEnv = { PATH: "/usr/bin", HOME: "/home/ana" };
  for (const variable of EGRESS_VARIABLES) {
    base[variable] = `value-of-${variable}`;
  }
  const env = serverEnvironment(base, "openai", "sk-from-secret-storage", false);
  for (const variable of EGRESS_VARIABLES) {
    assert.equal(env[variable], undefined, variable);
  }
  assert.ok(!Object.values(env).some((v) => v?.includes("sk-from-secret-storage")));
  assert.equal(env.POSTIL_LLM_PROVIDER, "none");
  assert.equal(env.PYTHONSAFEPATH, "1");
  assert.equal(env.PATH, "/usr/bin");
  // trusted: the key goes where it always did, and Python still never imports the workspace
  const trusted = serverEnvironment(base, "openai", "sk-from-secret-storage");
  assert.equal(trusted.OPENAI_API_KEY, "sk-from-secret-storage");
  assert.equal(trusted.PYTHONSAFEPATH, "1");
});

test("review staged in a restricted window runs the rules only", () => {
  assert.deepEqual(reviewArgs(true), ["review", "--staged", "--format", "json"]);
  assert.deepEqual(reviewArgs(false), ["review", "--staged", "--format", "json", "--no-llm"]);
});

function input(existing: string[], overrides: Partial<ResolveInput> = {}): ResolveInput {
  return {
    paths: [],
    interpreter: "",
    serverArgs: [],
    envPath: "/usr/local/bin:/usr/bin",
    platform: "linux",
    home: "/home/ana",
    workspaceFolder: "/clone",
    trusted: false,
    isExecutable: (file) => existing.includes(file),
    ...overrides,
  };
}

test("a restricted window never starts a program inside the workspace folder", () => {
  const inside = resolveServer(input(["/clone/.venv/bin/postil", "/usr/bin/postil"], { paths: ["${workspaceFolder}/.venv/bin/postil"] }));
  assert.ok(!inside.ok && inside.message.includes("/clone/.venv/bin/postil") && inside.message.includes("Restricted Mode"));
  const python = resolveServer(input(["/clone/bin/python"], { interpreter: "/clone/bin/python" }));
  assert.ok(!python.ok && python.message.includes("postil.interpreter") && python.message.includes("Restricted Mode"));
  // the Python extension's interpreter (often the workspace's .venv) is not asked at all
  const ext = resolveServer(input(["/clone/.venv/bin/python", "/usr/bin/postil"], { pythonExtensionInterpreter: "/clone/.venv/bin/python" }));
  assert.ok(ext.ok && ext.source === "PATH" && ext.command === "/usr/bin/postil");
  const outside = resolveServer(input(["/elsewhere/.venv/bin/python"], { pythonExtensionInterpreter: "/elsewhere/.venv/bin/python" }));
  assert.ok(!outside.ok);
  // a PATH entry inside the workspace (an activated .venv of the clone) is skipped
  const onPath = resolveServer(input(["/clone/.venv/bin/postil", "/usr/bin/postil"], { envPath: "/clone/.venv/bin:/usr/bin" }));
  assert.ok(onPath.ok && onPath.command === "/usr/bin/postil");
  // trusted: the same settings are the user's choice
  const trusted = resolveServer(input(["/clone/.venv/bin/postil"], { paths: ["${workspaceFolder}/.venv/bin/postil"], trusted: true }));
  assert.ok(trusted.ok && trusted.command === "/clone/.venv/bin/postil");
});

test("relative PATH entries never find a postil in the working directory", () => {
  const found = whichOnPath("postil", ".::bin:/usr/bin", "linux", (f) => ["postil", "./postil", "bin/postil", "/usr/bin/postil"].includes(f));
  assert.equal(found, "/usr/bin/postil");
});
