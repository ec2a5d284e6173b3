import assert from "node:assert/strict";
import { test } from "node:test";
import { expand, parseVersion, probeFailureMessage, resolveServer, ResolveInput, serverSettings, whichOnPath } from "../src/serverPath";

function input(existing: string[], overrides: Partial<ResolveInput> = {}): ResolveInput {
  return {
    paths: [],
    interpreter: "",
    serverArgs: [],
    envPath: "/usr/local/bin:/usr/bin",
    platform: "linux",
    home: "/home/ana",
    trusted: true,
    isExecutable: (file) => existing.includes(file),
    ...overrides,
  };
}

test("postil on PATH is used when nothing is configured", () => {
  const found = resolveServer(input(["/usr/bin/postil"]));
  assert.ok(found.ok);
  assert.equal(found.source, "PATH");
  assert.equal(found.command, "/usr/bin/postil");
  assert.deepEqual(found.args, ["serve"]);
});

test("postil.path wins over interpreter and PATH; first existing entry, with ~ and ${workspaceFolder}", () => {
  const found = resolveServer(input(["/home/ana/.local/bin/postil", "/proj/.venv/bin/postil", "/usr/bin/postil"], {
    paths: ["${workspaceFolder}/.venv/bin/postil", "~/.local/bin/postil"],
    interpreter: "/usr/bin/python3",
    workspaceFolder: "/proj",
    serverArgs: ["--log-level", "debug"],
  }));
  assert.ok(found.ok);
  assert.equal(found.source, "postil.path");
  assert.equal(found.command, "/proj/.venv/bin/postil");
  assert.deepEqual(found.args, ["serve", "--log-level", "debug"]);
  assert.deepEqual(found.cli, ["/proj/.venv/bin/postil"]);
});

test("a postil.path that points nowhere is an error naming the path, not a silent fallback", () => {
  const result = resolveServer(input(["/usr/bin/postil"], { paths: ["/opt/postil/bin/postil"] }));
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.message.includes("/opt/postil/bin/postil"));
  assert.ok(!result.ok && result.message.includes("postil.path"));
});

test("postil.interpreter runs `python -P -m postil serve` (never importing from the workspace)", () => {
  const found = resolveServer(input(["/venv/bin/python", "/usr/bin/postil"], { interpreter: "/venv/bin/python" }));
  assert.ok(found.ok);
  assert.equal(found.source, "postil.interpreter");
  assert.equal(found.command, "/venv/bin/python");
  assert.deepEqual(found.args, ["-P", "-m", "postil", "serve"]);
  assert.deepEqual(found.cli, ["/venv/bin/python", "-P", "-m", "postil"]);
});

test("a missing interpreter is reported with its path", () => {
  const result = resolveServer(input([], { interpreter: "/nope/python" }));
  assert.ok(!result.ok && result.message.includes("/nope/python"));
});

test("the Python extension's interpreter comes before PATH", () => {
  const found = resolveServer(input(["/env/bin/python", "/usr/bin/postil"], { pythonExtensionInterpreter: "/env/bin/python" }));
  assert.ok(found.ok && found.source === "python extension" && found.command === "/env/bin/python");
  assert.ok(found.ok && found.args.join(" ") === "-P -m postil serve");
});

test("not found anywhere: the message says how to install or configure it", () => {
  const result = resolveServer(input([]));
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.match(result.message, /not found/);
    assert.match(result.message, /pipx install \/path\/to\/postil/);
    assert.match(result.message, /postil\.path/);
    assert.match(result.message, /postil\.interpreter/);
  }
});

test("Windows PATH lookup finds postil.exe with ; separators", () => {
  const found = whichOnPath("postil", "C:\\Python\\Scripts;C:\\Windows", "win32", (f) => f === "C:\\Python\\Scripts\\postil.exe");
  assert.equal(found, "C:\\Python\\Scripts\\postil.exe");
});

test("expand handles ~ and ${userHome}", () => {
  assert.equal(expand("~/bin/postil", undefined, "/h"), "/h/bin/postil");
  assert.equal(expand("${userHome}/x", undefined, "/h"), "/h/x");
});

test("a Python without postil gets a message naming the interpreter", () => {
  const found = resolveServer(input(["/env/bin/python"], { pythonExtensionInterpreter: "/env/bin/python" }));
  assert.ok(found.ok);
  if (found.ok) {
    const message = probeFailureMessage(found, "/env/bin/python: No module named postil\n");
    assert.match(message, /\/env\/bin\/python \(from python extension\) has no postil module/);
  }
});

test("parseVersion reads `postil --version`", () => {
  assert.equal(parseVersion("postil 0.1.0\n"), "0.1.0");
  assert.equal(parseVersion("garbage"), undefined);
});

test("toasts carry no Markdown backticks (VS Code shows them literally)", () => {
  const notFound = resolveServer(input([]));
  const badPath = resolveServer(input([], { paths: ["/nowhere/postil"] }));
  const restricted = resolveServer(input(["/ws/.venv/bin/postil"], { paths: ["/ws/.venv/bin/postil"], workspaceFolder: "/ws", trusted: false }));
  const found = resolveServer(input(["/usr/bin/postil"]));
  assert.ok(found.ok);
  const messages = [notFound, badPath, restricted].map((r) => (r.ok ? "" : r.message));
  if (found.ok) {
    messages.push(probeFailureMessage(found, "boom\n"), probeFailureMessage(found, "No module named postil"));
  }
  for (const message of messages) {
    assert.ok(message.length > 0);
    assert.doesNotMatch(message, /`/, message);
  }
});

test("Open Settings opens Remote settings in a remote window, where machine settings are read", () => {
  const remote = serverSettings("ssh-remote+box");
  assert.equal(remote.command, "workbench.action.openRemoteSettings");
  assert.deepEqual(remote.args, [{ query: "postil.path" }]);
  assert.match(remote.hint, /Remote settings/);
  const local = serverSettings(undefined);
  assert.equal(local.command, "workbench.action.openSettings");
  assert.deepEqual(local.args, ["postil.path"]);
  assert.equal(local.hint, "");
});
