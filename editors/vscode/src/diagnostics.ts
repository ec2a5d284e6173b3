// Review problems → VS Code diagnostics (the Problems panel), and code links kept to https pages.
import * as vscode from "vscode";
import { httpsUrl } from "./inert";
import { ReviewProblem } from "./review";

const SEVERITY: Record<ReviewProblem["severity"], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(problem: ReviewProblem): vscode.Diagnostic {
  const range = new vscode.Range(problem.startLine, problem.startColumn, problem.endLine, problem.endColumn);
  const diagnostic = new vscode.Diagnostic(range, problem.message, SEVERITY[problem.severity]);
  diagnostic.source = problem.source;
  if (problem.code) {
    const url = httpsUrl(problem.url);
    diagnostic.code = url ? { value: problem.code, target: vscode.Uri.parse(url) } : problem.code;
  }
  return diagnostic;
}

/** `diagnostic` with its code link dropped unless it opens an https page (VS Code runs a `command:` one). */
export function withSafeCodeLink(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  const code = diagnostic.code;
  if (typeof code === "object" && code !== null && !httpsUrl(code.target.toString())) {
    diagnostic.code = code.value;
  }
  return diagnostic;
}
