import assert from "node:assert/strict";
import { test } from "node:test";
import { explainMarkdown, isUnknownCommandError, supports, unsupportedMessage, workingMessage } from "../src/capabilities";

const today = {
  capabilities: { executeCommandProvider: { commands: ["postil.checkWorkspace", "postil.applyFixes", "postil.showStatus"] } },
  serverInfo: { name: "postil", version: "0.1.0" },
};

test("commands the server advertises are supported; LLM ones degrade with a clear message", () => {
  assert.equal(supports(today, "postil.applyFixes"), true);
  assert.equal(supports(today, "postil.explain"), false);
  assert.equal(supports(undefined, "postil.explain"), false);
  assert.equal(unsupportedMessage("Explain", "postil.explain", today),
    "postil: Explain is not available: postil 0.1.0 has no 'postil.explain' command yet. " +
    "Update postil ('pip install -U /path/to/your/postil/clone') and restart the server.");
});

test("pygls' unknown-command error is recognised", () => {
  assert.equal(isUnknownCommandError(new Error("Invalid Params: Command name 'postil.explain' is not defined")), true);
  assert.equal(isUnknownCommandError(new Error("LLM budget spent")), false);
});

test("explain results: a Markdown string or an object carrying it", () => {
  assert.equal(explainMarkdown("# Why"), "# Why");
  assert.equal(explainMarkdown({ markdown: "**x**" }), "**x**");
  assert.equal(explainMarkdown({ contents: "c" }), "c");
  assert.equal(explainMarkdown(null), undefined);
});

test("a working answer says so", () => {
  assert.equal(workingMessage({ working: true, message: "postil: explaining a.py:3…" }), "postil: explaining a.py:3…");
  assert.equal(workingMessage("# Why"), undefined);
});
