// Review problems → VS Code diagnostics (the Problems panel).
import * as vscode from "vscode";
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
    diagnostic.code = problem.url ? { value: problem.code, target: vscode.Uri.parse(problem.url) } : problem.code;
  }
  return diagnostic;
}
