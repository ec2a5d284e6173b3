"""One syntax-error finding per file that does not parse (the rules in packs/rules/syntax.yml
mark every node tree-sitter could not parse; a file is reported once, where the parser stopped).

Python: CPython's parser has the last word (tree-sitter's grammar lags the language).
JavaScript/TypeScript: tree-sitter's own parse, which also finds what it repaired by inserting a
missing token (`foo(1, 2;` has no ERROR node, only a missing `)`): ast-grep rules cannot see those.
Each tree-sitter parse reads the text in pieces and stops at the file's time limit: its error recovery
takes ~7 s of CPU on a megabyte of quotes, and the three parses of a .js file ran past the limit 3x."""

from __future__ import annotations

import ast
import re
import warnings
from dataclasses import replace
from typing import Protocol

from postil.analyzers.findings import Finding, LineIndex, Severity, Span
from postil.core.deadline import Deadline, TimeLimitExceeded

SYNTAX_ERROR = "syntax-error"
JS_SYNTAX_ERROR = "js/syntax-error"
SYNTAX_RULES = frozenset({SYNTAX_ERROR, JS_SYNTAX_ERROR})
# file language -> the tree-sitter grammars that may parse it, the first naming the error: a .js file
# the TSX grammar reads is not reported (Flow annotations, `import ... assert { type: 'json' }`)
_JS_GRAMMARS = {"javascript": ("javascript", "tsx"), "typescript": ("typescript",), "tsx": ("tsx",)}
_SHOWN_TOKEN = 24  # characters of an unexpected token quoted in the message
_PIECE = 16 * 1024  # bytes given to tree-sitter at a time (the deadline is checked between pieces)
# TypeScript the grammar has not caught up with: a type imported in place (`Promise<import("bullmq").
# Queue<Job>>`, which tsc writes into the .d.ts files it emits) and `export type * from "./x"`. A file
# whose only errors are these is read again with each written over by text of the same length that
# the grammar reads (`_________________.Queue<Job>`, `export      *`), so lines and columns hold.
# Likewise an object type in the type arguments of a tagged template, styled-components' way of typing
# props (`styled.td<{ $align?: string }>\`...\``): the object type is read as a name (`P`, blanks kept);
# and an array type there, Prisma's way of typing raw rows (`prisma.$queryRaw<User[]>\`SELECT ...\``):
# its brackets are blanked (`User  `).
# Explicit resource management, which TypeScript 5.2 compiles (Puppeteer's sources): the TypeScript
# grammars do not know `using handle = ...`, `for (using h of hs)` or `await using`; they are read as
# `const` declarations. The JavaScript grammar, which knows them, fails on `using` kept as a plain
# variable name (`using += ', ' + joins`, knex's query compiler): that name is read as `_sing`.
_GRAMMAR_LAGS = (
    (re.compile(r"\bimport\(\s*(['\"])[^'\"\n]{1,300}\1\s*\)(?=\s*\.)"), lambda m: "_" * len(m.group())),
    (re.compile(r"\bexport(\s+type)(?=\s*\*)"), lambda m: "export" + " " * len(m.group(1))),
    (re.compile(r"(?<=[\w$)\]]<)[^<>`;{}]{0,200}\{[^{}`]{0,2000}\}[^<>`;{}]{0,200}(?=>\s*`)"),
     lambda m: re.sub(r"\{[^{}]*\}", lambda b: "P" + re.sub(r"[^\n]", " ", b.group()[1:]), m.group())),
    (re.compile(r"(?<=[\w$)\]]<)[^<>`;{}=]{0,200}\[\s*\][^`;{}=]{0,200}(?=>\s*`)"),
     lambda m: re.sub(r"\[\s*\]", lambda b: " " * len(b.group()), m.group())),
    (re.compile(r"\b(await[ \t]+)?using(?=[ \t]+[A-Za-z_$][\w$]*[ \t]*(=|\bof\b))"),
     lambda m: " " * (len(m.group()) - len("const")) + "const"),
    (re.compile(r"\busing(?=\s*(\*\*|<<|>>>?|&&|\|\||\?\?|[-+*/%&|^])?=(?!=))"), lambda m: "_sing"),
)


class SyntaxRule(Protocol):
    """What a syntax-error finding takes from its rule (a loaded rules.loader.Rule)."""

    id: str
    severity: Severity | None
    url: str | None
    note: str | None
    metadata: dict


def one_syntax_error(findings: list[Finding], text: str, language: str | None,
                     path: str = "", rule: SyntaxRule | None = None, deadline: Deadline | None = None) -> list[Finding]:
    """``findings`` with at most one syntax error. Python: where CPython's parser stops and
    what it says (none when CPython parses the file). JavaScript/TypeScript, when ``rule`` (the
    enabled js/syntax-error rule of ``path``) is given: where tree-sitter first found an
    unexpected or a missing token (none when it parsed the file). Else the first one found.
    Raises :class:`TimeLimitExceeded` once ``deadline`` passes in a tree-sitter parse."""
    errors = [f for f in findings if f.rule in SYNTAX_RULES]
    others = [f for f in findings if f.rule not in SYNTAX_RULES]
    if language in _JS_GRAMMARS and rule is not None and rule.severity is not None:
        grammar, *alternatives = _JS_GRAMMARS[language]
        problem = tree_sitter_syntax_error(text, grammar, deadline)
        if problem is not None:
            problem = tree_sitter_syntax_error(_without_grammar_lags(text), grammar, deadline)
        if problem is None or any(tree_sitter_syntax_error(text, other, deadline) is None for other in alternatives):
            return others
        line, column, message = problem
        return [*others, Finding(rule=rule.id, severity=rule.severity, message=f"SyntaxError: {message}",
                                 path=path or (errors[0].path if errors else ""), span=_span_at(text, line, column),
                                 url=rule.url, note=rule.note, metadata=rule.metadata)]
    if not errors:
        return findings
    first = min(errors, key=lambda f: (f.span.start_line, f.span.start_col))
    if language == "python":
        problem = _python_syntax_error(text)
        if problem is None:
            return others
        line, column, message = problem
        first = replace(first, message=f"SyntaxError: {message}", span=_span_at(text, line, column))
    return [*others, first]


def _without_grammar_lags(text: str) -> str:
    """``text`` with the forms the grammars lag behind written over (_GRAMMAR_LAGS)."""
    for pattern, same_length in _GRAMMAR_LAGS:
        text = pattern.sub(same_length, text)
    return text


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


def tree_sitter_syntax_error(text: str, grammar: str, deadline: Deadline | None = None) -> tuple[int, int, str] | None:
    """(1-based line, 1-based column, message) of the first token tree-sitter could not place
    in ``text`` or had to invent, or None when the file parses. Raises :class:`TimeLimitExceeded`
    once ``deadline`` passes while it parses."""
    from postil.core.grammars import parser  # its grammar loads on first use

    data = text.encode("utf-8", "surrogatepass")
    root = parsed_in_pieces(parser(grammar), data, deadline).root_node
    if not root.has_error:
        return None
    node = root
    while not (node.is_error or node.is_missing):  # down the first branch that holds the error
        node = next(c for c in node.children if c.has_error)
    if node.is_missing:  # a token (`)`) or, named, a kind of node (an identifier)
        message = f"missing {node.type.replace('_', ' ')}" if node.is_named else f"missing `{node.type}`"
    else:
        message = f"unexpected `{_first_token(node, data)}`"
    row, byte_column = node.start_point
    line_start = node.start_byte - byte_column
    column = len(data[line_start:node.start_byte].decode("utf-8", "replace"))
    return row + 1, column + 1, message


def parsed_in_pieces(parser, data: bytes, deadline: Deadline | None):
    """``data``'s tree, given to the parser in pieces; past ``deadline`` the rest is held back (the parse
    then ends at once) and the limit's exception raised."""
    if deadline is None:
        return parser.parse(data)
    stopped: list[TimeLimitExceeded] = []

    def piece(offset: int, _point) -> bytes:
        try:
            deadline.check("the syntax check")
        except TimeLimitExceeded as exc:
            stopped.append(exc)
            return b""
        return data[offset:offset + _PIECE]

    tree = parser.parse(piece)
    if stopped:
        raise stopped[0]
    return tree


def _first_token(node, data: bytes) -> str:
    """The start of an ERROR node's first line, as printable text (it is the file's, so:
    shortened, control characters replaced)."""
    text = data[node.start_byte:node.end_byte].decode("utf-8", "replace").split("\n")[0].strip()
    shown = "".join(c if c.isprintable() else "?" for c in text[:_SHOWN_TOKEN])
    return shown + ("…" if len(text) > _SHOWN_TOKEN else "") or "?"


def _span_at(text: str, line: int, column: int) -> Span:
    """The rest of a line from a 1-based (line, column), clamped to the text."""
    index = LineIndex(text)
    row = min(max(line, 1), index.line_count) - 1
    length = len(index.line_text(row))
    col = min(max(column, 1) - 1, length)
    return Span(row, col, row, length)
