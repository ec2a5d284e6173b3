"""One ``syntax-error`` finding per file that does not parse (the rule in packs/rules/syntax.yml
marks every node tree-sitter could not parse; a file has one, where the parser stopped)."""

from __future__ import annotations

import ast
import warnings
from dataclasses import replace

from postil.analyzers.findings import Finding, LineIndex, Span

SYNTAX_ERROR = "syntax-error"


def one_syntax_error(findings: list[Finding], text: str, language: str | None) -> list[Finding]:
    """``findings`` with at most one syntax error: for Python, where CPython's parser stops
    and what it says (none when CPython parses the file: tree-sitter's grammar lags the
    language), else the first one tree-sitter found."""
    errors = [f for f in findings if f.rule == SYNTAX_ERROR]
    if not errors:
        return findings
    others = [f for f in findings if f.rule != SYNTAX_ERROR]
    first = min(errors, key=lambda f: (f.span.start_line, f.span.start_col))
    if language == "python":
        problem = _python_syntax_error(text)
        if problem is None:
            return others
        line, column, message = problem
        first = replace(first, message=f"SyntaxError: {message}", span=_span_at(text, line, column))
    return [*others, first]


def _python_syntax_error(text: str) -> tuple[int, int, str] | None:
    """(1-based line, 1-based column, message) of CPython's syntax error in ``text``, or None."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences and the like are not errors
            ast.parse(text)
    except SyntaxError as exc:
        return exc.lineno or 1, exc.offset or 1, exc.msg
    except (ValueError, RecursionError, MemoryError) as exc:  # a NUL byte; nesting CPython gives up on
        return 1, 1, str(exc) or type(exc).__name__
    return None


def _span_at(text: str, line: int, column: int) -> Span:
    """The rest of a line from a 1-based (line, column) CPython gave, clamped to the text."""
    index = LineIndex(text)
    row = min(max(line, 1), index.line_count) - 1
    length = len(index.line_text(row))
    col = min(max(column, 1) - 1, length)
    return Span(row, col, row, length)
