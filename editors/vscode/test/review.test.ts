import assert from "node:assert/strict";
import { test } from "node:test";
import "./vscodeMock";
import { toDiagnostic } from "../src/diagnostics";
import { interpretReviewRun, parseFindings, reviewSummary } from "../src/review";

// The JSON shape `postil check --format json` prints (review uses the same findings shape).
const output = JSON.stringify({
  findings: [
    { path: "app/db.py", line: 2, column: 8, end_line: 2, end_column: 21, rule: "python/correctness/none-equality-comparison",
      severity: "warning", source: "rules", message: "Comparison to None", url: "https://peps.python.org/pep-0008/" },
    { path: "/abs/x.py", line: 10, column: 1, rule: "llm/review", severity: "error", message: "Unbounded retry loop" },
    { path: "bad.py", message: 42 },
  ],
  summary: { findings: 2 },
});

test("findings become 0-based problems with absolute paths", () => {
  const outcome = interpretReviewRun({ code: 1, stdout: output, stderr: "" }, "/repo");
  assert.equal(outcome.kind, "findings");
  if (outcome.kind !== "findings") {
    return;
  }
  assert.equal(outcome.problems.length, 2);
  const [first, second] = outcome.problems;
  assert.deepEqual(
    [first.file, first.startLine, first.startColumn, first.endLine, first.endColumn, first.severity, first.code],
    ["/repo/app/db.py", 1, 7, 1, 20, "warning", "python/correctness/none-equality-comparison"]);
  assert.deepEqual([second.file, second.startLine, second.startColumn, second.endLine, second.endColumn, second.severity],
    ["/abs/x.py", 9, 0, 9, 0, "error"]);
  assert.equal(reviewSummary(outcome.problems), "postil review: 2 findings in 2 files (see Problems).");
});

test("a postil without `review` gets a clear 'update postil' message", () => {
  const stderr = "usage: postil [-h] [--version] COMMAND ...\npostil: error: argument COMMAND: invalid choice: 'review' (choose from check, rules, serve)\n";
  const outcome = interpretReviewRun({ code: 2, stdout: "", stderr }, "/repo");
  assert.equal(outcome.kind, "unsupported");
  assert.ok(outcome.kind === "unsupported" && /no 'review' command yet/.test(outcome.message) && /pip install -U \/path\/to\/your\/postil\/clone/.test(outcome.message));
});

test("a crash is an error with the last stderr line", () => {
  const outcome = interpretReviewRun({ code: 1, stdout: "", stderr: "Traceback...\nRuntimeError: not a git repository\n" }, "/repo");
  assert.deepEqual(outcome, { kind: "error", message: "postil review failed: RuntimeError: not a git repository" });
});

test("no findings", () => {
  assert.equal(reviewSummary(parseFindings({ findings: [] }, "/r")), "postil review: no findings in the staged changes.");
});

test("problems become Problems-panel diagnostics with source, code and docs link", () => {
  const [problem] = parseFindings(JSON.parse(output), "/repo");
  const diagnostic = toDiagnostic(problem) as unknown as {
    severity: number; source: string; code: { value: string; target: { toString(): string } };
    range: { start: { line: number; character: number } };
  };
  assert.equal(diagnostic.severity, 1);
  assert.equal(diagnostic.source, "postil review");
  assert.equal(diagnostic.code.value, "python/correctness/none-equality-comparison");
  assert.equal(diagnostic.code.target.toString(), "https://peps.python.org/pep-0008/");
  assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character], [1, 7]);
});
