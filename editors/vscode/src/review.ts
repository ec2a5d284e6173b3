// `postil review --staged --format json` → problems, and what to say when it cannot run.
// Pure logic; `commands.ts` turns `ReviewProblem`s into a DiagnosticCollection.
//
// The JSON is the shape `postil check --format json` prints: {"findings": [{path, line, column,
// end_line, end_column (1-based), rule, severity, message, url, ...}], "summary": {...}}.
import * as path from "path";

export interface ReviewProblem {
  file: string;
  /** 0-based. */
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  severity: "error" | "warning" | "info" | "hint";
  message: string;
  code?: string;
  url?: string;
  source: string;
}

export type ReviewOutcome =
  | { kind: "findings"; problems: ReviewProblem[]; summary?: Record<string, unknown> }
  | { kind: "unsupported"; message: string }
  | { kind: "error"; message: string };

const REVIEW_ARGS = ["review", "--staged", "--format", "json"];

/** The review command line; in a restricted window the rules only (`--no-llm`: no model, no index). */
export function reviewArgs(trusted: boolean): string[] {
  return trusted ? REVIEW_ARGS : [...REVIEW_ARGS, "--no-llm"];
}

function num(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

const SEVERITIES = new Set(["error", "warning", "info", "hint"]);

export function parseFindings(json: unknown, cwd: string): ReviewProblem[] {
  const record = json as Record<string, unknown> | null;
  const list = Array.isArray(json) ? json : Array.isArray(record?.findings) ? (record!.findings as unknown[]) : [];
  const problems: ReviewProblem[] = [];
  for (const item of list) {
    if (item === null || typeof item !== "object") {
      continue;
    }
    const f = item as Record<string, unknown>;
    const file = typeof f.path === "string" ? f.path : typeof f.file === "string" ? f.file : undefined;
    if (!file || typeof f.message !== "string") {
      continue;
    }
    const line = Math.max(num(f.line, 1), 1);
    const column = Math.max(num(f.column, 1), 1);
    const endLine = Math.max(num(f.end_line, line), line);
    const endColumn = num(f.end_column, endLine === line ? column : 1);
    const severity = typeof f.severity === "string" && SEVERITIES.has(f.severity) ? f.severity : "warning";
    problems.push({
      file: path.isAbsolute(file) ? file : path.join(cwd, file),
      startLine: line - 1,
      startColumn: column - 1,
      endLine: endLine - 1,
      endColumn: Math.max(endColumn - 1, endLine === line ? column - 1 : 0),
      severity: severity as ReviewProblem["severity"],
      message: f.message,
      code: typeof f.rule === "string" ? f.rule : undefined,
      url: typeof f.url === "string" ? f.url : undefined,
      source: "postil review",
    });
  }
  return problems;
}

/** What a finished `postil review --staged --format json` run means for the user. */
export function interpretReviewRun(run: { code: number | null; stdout: string; stderr: string }, cwd: string): ReviewOutcome {
  const stderr = run.stderr.trim();
  if (/invalid choice: '?review'?/.test(stderr)) {
    return {
      kind: "unsupported",
      message: "postil: this postil has no 'review' command yet. Update postil ('pip install -U /path/to/your/postil/clone') to review staged changes.",
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    const last = stderr.split(/\r?\n/).pop() || `exit code ${run.code}`;
    return { kind: "error", message: `postil review failed: ${last}` };
  }
  const summary = (json as Record<string, unknown>)?.summary;
  return {
    kind: "findings",
    problems: parseFindings(json, cwd),
    summary: summary && typeof summary === "object" ? (summary as Record<string, unknown>) : undefined,
  };
}

/** One line for the notification after a review. */
export function reviewSummary(problems: ReviewProblem[]): string {
  if (problems.length === 0) {
    return "postil review: no findings in the staged changes.";
  }
  const files = new Set(problems.map((p) => p.file)).size;
  return `postil review: ${problems.length} finding${problems.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} (see Problems).`;
}
