"""The one gate for everything a model writes into code (CLI ``--fix-llm``, the editor's
AI quick fixes, cached answers alike).

A model's fix is untrusted text. It is offered or applied only when

* its quote lies inside the reviewed unit and overlaps the lines the finding (and, in a
  change review, the change) is about — :class:`Scope`;
* the model's indentation is kept exactly relative to the quoted block (never
  re-indented line by line: that moves statements in or out of blocks) —
  :func:`placed_replacement`;
* it is small: at most ``max_lines`` lines added plus removed;
* it adds no import, decorator/annotation/attribute, process/network/file-system/
  eval-like call, or suppression marker (postil, noqa, nosec, nosemgrep, eslint-disable,
  ast-grep-ignore, ...), checked on the syntax trees (tree-sitter) of the code before and
  after, and no node of the fixed code reaches from inside the unit to outside it (a
  decorator added at the end of one function would decorate the next);
* it changes what the code does only in the open: no call through a computed callee or
  reflection, no module used as a value, no look-alike letters, no removed ``await`` /
  ``return`` / ``raise`` the finding does not name, and no call to what the file does not
  call unless the user allows it — :mod:`postil.gate.fix_behaviour`;
* all the fixes for a file, applied together, leave a file that parses and on which the
  rules and the secret scan report nothing new and lose nothing outside the edited
  code — :func:`vet_file`.

Whatever fails is withheld with a reason; the finding itself may still be shown.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from postil.analyzers.findings import Finding, LineIndex, TextEdit
from postil.analyzers.rules.fixes import apply_edits, minimal_edit
from postil.core.grammars import parser
from postil.gate.fix_behaviour import (
    allowed_call,
    callee_text,
    callees,
    defined_names,
    flow,
    reach,
    reason,
    removed_flow,
    resolved,
    spelling,
)

DEFAULT_MAX_FIX_LINES = 8

_SUPPRESSION = re.compile(
    r"postil:\s*ignore|\bnoqa\b|\bnosec\b|\bnosemgrep\b|eslint-disable|ast-grep-ignore|\bpylint:\s*disable"
    r"|\btype:\s*ignore|@ts-(?:ignore|nocheck|expect-error)|\bNOLINT|\bprettier-ignore|gitleaks:allow"
    r"|pragma:\s*allowlist|\bsemgrep\b|\blgtm\b|\bcodeql\b", re.IGNORECASE)

_IMPORT_KINDS = frozenset({
    "import_statement", "import_from_statement", "future_import_statement", "import_declaration", "import_spec",
    "use_declaration", "extern_crate_declaration", "preproc_include", "using_directive", "namespace_use_declaration",
    "import_header", "import_list", "require_call"})
_DECORATOR_KINDS = frozenset({
    "decorator", "annotation", "marker_annotation", "attribute_item", "inner_attribute_item", "attribute_list",
    "attribute_section"})
_CALL_KINDS = frozenset({
    "call", "call_expression", "new_expression", "method_invocation", "object_creation_expression",
    "macro_invocation", "invocation_expression", "function_call", "function_call_expression", "method_call",
    "member_call_expression", "scoped_call_expression", "command", "await_expression"})
_STRING_KINDS = ("string", "template")
_ARTICLE = {"import": "an import", "call": "a process, network, file-system or eval-like call"}

# Callees that run processes, reach the network or the file system, or evaluate code.
_DANGEROUS_CALLEE = re.compile(r"""(?x)
    ^(?:subprocess|pty|commands|popen2|multiprocessing|child_process|shutil|socket|ssl|urllib\d?|http|https
        |httplib|requests|httpx|aiohttp|urllib3|ftplib|smtplib|telnetlib|paramiko|pickle|cPickle|marshal|shelve|dill
        |ctypes|cffi|importlib|runpy|webbrowser|fs|fsPromises|net|dgram|dns|tls|axios|exec|syscall|ioutil|tempfile|io
        |asyncio\.create_subprocess\w*|Deno|Bun|process|globalThis|window|vm|worker_threads|builtins|__builtins__
        |yaml(?!\.safe_(?:load|load_all|dump)$)|os\.path\.(?!join$|basename$|dirname$|splitext$|split$|normpath$)\w+)[.:\[]
  | ^os\.(?!path\.)\w+$
  | ^(?:eval|exec|execfile|compile|__import__|open|input|breakpoint|fetch|require|Function|setTimeout|setInterval
        |system|getattr|setattr|delattr|globals|locals|vars|import)$
  | (?:^|[.:])(?:eval|exec\w*|system|popen\w*|spawn\w*|fork\w*|import_module|urlopen|urlretrieve|startfile|getoutput
        |getstatusoutput|check_output|check_call|Popen|shell_exec|passthru|proc_open|pcntl_exec|open|write_text
        |write_bytes|unlink|rmdir|rmtree|chmod|chown|symlink|makedirs|touch|truncate|unsafe_load|getRuntime
        |ProcessBuilder|Command|Dial|WriteFile|OpenFile|RemoveAll|XMLHttpRequest|WebSocket|EventSource|constructor
        |sendBeacon|importScripts|Process\.Start|Assembly\.Load\w*)$
  | ^(?:std::)?(?:process|fs|net)::
""")


@dataclass(frozen=True)
class Scope:
    """Where a fix may write: ``unit`` (string offsets ``[lo, hi)`` of the reviewed code);
    every set in ``must_touch`` (0-based lines: the finding's, a change's) must share a
    line with the quote."""

    unit: tuple[int, int]
    must_touch: tuple[frozenset[int], ...] = ()


@dataclass(frozen=True)
class Vetted:
    """A fix that passed the per-fix checks (``edit``), or why it was withheld."""

    edit: TextEdit | None
    reason: str | None = None


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _trim_blank(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def placed_replacement(index: LineIndex, start: int, end: int, quote: str, improved: str) -> str | None:
    """``improved`` for ``text[start:end]`` (where ``quote`` was located), its indentation kept
    exactly relative to the quoted block; None when that cannot be done faithfully.

    The quoted block's place in the file is ``P + (the quote's own indentation)`` for one
    prefix ``P`` on every line; each improved line lands at ``P + (its own indentation)``.
    The first improved line starts where the quote does and must keep the quote's first
    indentation."""
    q = _trim_blank(quote.replace("\r", "").split("\n"))
    m = _trim_blank(improved.replace("\r", "").split("\n"))
    if not q:
        return None
    if not m:
        return ""
    first_line, column = index.position(start)
    last_line = index.position(max(start, end - 1))[0] if end > start else first_line
    doc = [index.line_text(n) for n in range(first_line, last_line + 1)]
    if len(doc) != len(q):
        return None  # the quote's line breaks are not the code's
    prefixes = set()
    at_line_start = not doc[0][:column].strip()
    for i, (quoted, actual) in enumerate(zip(q, doc)):
        if not quoted.strip() or (i == 0 and not (at_line_start and _indent(quoted))):
            continue
        qi, di = _indent(quoted), _indent(actual)
        if not di.endswith(qi):
            return None
        prefixes.add(di[: len(di) - len(qi)])
    if len(prefixes) > 1:
        return None
    if prefixes:
        prefix = prefixes.pop()
    elif at_line_start:
        d0, q0 = _indent(doc[0]), _indent(q[0])
        if not d0.endswith(q0):
            return None
        prefix = d0[: len(d0) - len(q0)]
    else:
        prefix = _indent(doc[0])
    if _indent(m[0]) != _indent(q[0]):
        return None  # the first line moved: not a change at the quoted place
    newline = "\r\n" if "\r\n" in index.text[index.line_starts[first_line]: index.line_end(last_line) + 2] else "\n"
    rest = [(prefix + line) if line.strip() else "" for line in m[1:]]
    return newline.join([m[0].lstrip(), *rest])


def changed_line_count(old: str, new: str) -> int:
    """Lines added plus lines removed between two texts."""
    a, b = old.split("\n"), new.split("\n")
    count = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            count += (i2 - i1) + (j2 - j1)
    return count


# --- syntax trees -----------------------------------------------------------------------


class _Tree:
    """A tree-sitter parse of a text, with string-offset ↔ byte conversion."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.data = text.encode("utf-8", "surrogatepass")
        self.root = parser(language).parse(self.data).root_node
        self._ascii = len(self.data) == len(text)

    def byte(self, offset: int) -> int:
        return offset if self._ascii else len(self.text[:offset].encode("utf-8", "surrogatepass"))

    def char(self, byte: int) -> int:
        return byte if self._ascii else len(self.data[:byte].decode("utf-8", "surrogatepass"))

    def node_text(self, node, end_byte: int | None = None) -> str:
        return self.data[node.start_byte: node.end_byte if end_byte is None else end_byte].decode("utf-8", "replace")

    def overlapping(self, lo: int, hi: int):
        """Nodes overlapping string offsets ``[lo, hi)`` (an empty range: touching ``lo``)."""
        blo, bhi = self.byte(lo), self.byte(hi)
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node.end_byte < blo or node.start_byte > bhi or (bhi > blo and (node.end_byte == blo or node.start_byte == bhi)):
                continue
            yield node
            stack.extend(node.children)


def parsed(text: str, language: str) -> _Tree | None:
    """A parse to share between several :func:`vet_fix` calls on one text."""
    try:
        return _Tree(text, language)
    except LookupError:
        return None


def _callee(tree: _Tree, node) -> str:
    if node.type == "command":
        name = node.child_by_field_name("name")
        return "$" + tree.node_text(name) if name is not None else ""
    if node.type == "await_expression":
        return ""
    return callee_text(tree, node)


_PY_IMPORT = re.compile(r"^\s*import\s+(.+)$", re.DOTALL)
_PY_FROM = re.compile(r"^\s*from\s+([\w.]+)\s+import\s+\(?(.+?)\)?\s*$", re.DOTALL)
_JS_IMPORT = re.compile(r"""^\s*import\s+(.+?)\s+from\s+['"]([^'"]+)['"]""", re.DOTALL)
_JS_REQUIRE = re.compile(r"""\b(?:const|let|var)\s+(\{[^}]*\}|\w+)\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)""")


def _names(part: str) -> list[tuple[str, str]]:
    """(imported, local) pairs of ``a as b, c`` / ``{a as b, c: d}``."""
    out = []
    for item in re.split(r"[,\n]", part.strip().strip("{}")):
        bits = re.split(r"\s+as\s+|\s*:\s*", item.strip())
        if bits and bits[0] and re.fullmatch(r"[\w.*]+", bits[0]):
            out.append((bits[0], bits[-1].lstrip("* ").strip() or bits[0]))
    return out


def aliases(tree: _Tree) -> dict[str, str]:
    """Local names bound by the file's imports -> what they name (``sp`` -> ``subprocess``,
    ``run`` -> ``subprocess.run``), so ``sp.run(...)`` is recognised as ``subprocess.run``."""
    out: dict[str, str] = {}
    for node in tree.overlapping(0, len(tree.text)):
        if node.type not in _IMPORT_KINDS:
            continue
        text = tree.node_text(node)
        if m := _PY_FROM.match(text):
            for name, local in _names(m.group(2)):
                out[local] = f"{m.group(1)}.{name}"
        elif m := _JS_IMPORT.match(text):
            module = m.group(2).removeprefix("node:")
            for part in re.findall(r"\{[^}]*\}|[^,{}]+", m.group(1)):
                if part.strip().startswith("{"):
                    out.update({local: f"{module}.{name}" for name, local in _names(part)})
                else:
                    out[part.replace("*", "").split(" as ")[-1].strip()] = module
        elif m := _PY_IMPORT.match(text):
            for name, local in _names(m.group(1)):
                out[local if local != name else name.split(".")[0]] = name if local != name else name.split(".")[0]
    for m in _JS_REQUIRE.finditer(tree.text):
        module = m.group(2).removeprefix("node:")
        if m.group(1).startswith("{"):
            out.update({local: f"{module}.{name}" for name, local in _names(m.group(1))})
        else:
            out[m.group(1)] = module
    return out


def constructs(tree: _Tree, lo: int, hi: int, names: dict[str, str] | None = None) -> Counter:
    """What the code in ``[lo, hi)`` contains that a fix must not add, by (kind, text);
    callees are read through the file's import ``names`` (see :func:`aliases`)."""
    names = names or {}
    found: Counter = Counter()
    for node in tree.overlapping(lo, hi):
        kind = node.type
        if kind in _IMPORT_KINDS:
            found["import", re.sub(r"\s+", " ", tree.node_text(node))] += 1
        elif kind in _DECORATOR_KINDS:
            found["decorator", re.sub(r"\s+", " ", tree.node_text(node))] += 1
        elif "comment" in kind or (kind.startswith(_STRING_KINDS) and not node.named_children):
            for marker in _SUPPRESSION.findall(tree.node_text(node)):
                found["suppression marker", marker.lower()] += 1
        elif kind in _CALL_KINDS:
            callee = resolved(_callee(tree, node), names)
            if callee.startswith("$"):
                found["process call", callee[1:]] += 1
            elif callee and _DANGEROUS_CALLEE.search(callee):
                found["call", callee] += 1
            elif callee in ("require", "import") or callee.endswith(("__import__", "import_module")):
                found["import", callee] += 1
    return found


# Spaces and marks that show as nothing (or as a plain space) but change what the code says.
_INVISIBLE = frozenset({*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0), 0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5,
                        0x180B, 0x180C, 0x180D, 0x180F, 0x2800, 0x3164, 0xFFA0, 0x1D159, 0x1D173, 0x1D174, 0x1D175,
                        0x1D176, 0x1D177, 0x1D178, 0x1D179, 0x1D17A})


def invisible(char: str) -> bool:
    """A control, format, private-use or unassigned character, or one that shows as nothing or as
    a blank (bidi overrides, zero-width and filler characters): code or rule text must not hold it."""
    if char in "\n\t\r ":
        return False
    return unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp", "Zs") or ord(char) in _INVISIBLE


def _behaviour_change(before: _Tree, after: _Tree, old: tuple[int, int], new: tuple[int, int], names: dict[str, str],
                      *, about: str, asked: str, new_calls: bool) -> str | None:
    """Why the fix changes what the code does beyond its spelling (``postil.gate.fix_behaviour``):
    dynamic reach, look-alike letters, removed flow, calls the file does not make."""
    chars = frozenset(before.text)
    added = (reach(after, *new, names, _DANGEROUS_CALLEE, before.text) + spelling(after, *new, chars)) - (
        reach(before, *old, names, _DANGEROUS_CALLEE, before.text) + spelling(before, *old, chars))
    if added:
        (kind, what), _ = next(iter(added.items()))
        return reason(kind, what)
    removed = removed_flow(flow(before, *old), flow(after, *new), about)
    if removed is not None:
        return reason("removed", removed)
    if new_calls:
        return None
    known = {*callees(before, 0, len(before.text), names), *defined_names(before),
             *re.findall(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*", asked)}
    for callee in callees(after, *new, names) - callees(before, *old, names):
        if not allowed_call(callee, known, names):
            return reason("new call", ascii(callee)[:80])
    return None


def _straddlers(tree: _Tree, lo: int, hi: int, unit: tuple[int, int], mapping: Callable[[int], int | None]) -> set:
    """Nodes overlapping ``[lo, hi)`` that reach across the unit's edges (neither hold the
    whole unit nor lie inside it), as (kind, start, end) in the original's offsets."""
    ulo, uhi = unit
    out = set()
    for node in tree.overlapping(lo, hi):
        start, end = tree.char(node.start_byte), tree.char(node.end_byte)
        if (start <= ulo and end >= uhi) or (start >= ulo and end <= uhi):
            continue
        out.add((node.type, mapping(start), mapping(end)))
    return out


def vet_fix(text: str, language: str | None, *, start: int, end: int, quote: str, improved: str, scope: Scope,
            max_lines: int = DEFAULT_MAX_FIX_LINES, index: LineIndex | None = None,
            tree: _Tree | None = None, about: str = "", asked: str = "", new_calls: bool = False) -> Vetted:
    """Check one model fix: the quote found at ``text[start:end]`` to become ``improved``.

    ``about``: the finding's message (a fix may remove an ``await``, a ``return``... it names);
    ``asked``: what the user asked to fix (names it mentions count as called already);
    ``new_calls``: the user allows fixes that call what the file does not call yet."""
    index = index or LineIndex(text)
    lo, hi = scope.unit
    if start < lo or end > hi:
        return Vetted(None, "its quote is not inside the reviewed code")
    quoted_lines = set(range(index.position(start)[0], index.position(max(start, end - 1))[0] + 1))
    if any(not (quoted_lines & lines) for lines in scope.must_touch):
        return Vetted(None, "its quote is not on the lines the finding or the change is about")
    if language is None:
        return Vetted(None, "no parser for this language")
    grown = abs(improved.strip("\n").count("\n") - quote.strip("\n").count("\n"))
    if grown > max_lines:  # before any diff: a huge answer costs nothing
        return Vetted(None, f"it changes at least {grown} lines (at most {max_lines})")
    replacement = placed_replacement(index, start, end, quote, improved)
    if replacement is None:
        return Vetted(None, "its indentation does not match the quoted code")
    edit = minimal_edit(index, start, end, replacement)
    if edit.new_text == text[edit.start: edit.end]:
        return Vetted(None, "it changes nothing")
    if any(invisible(c) for c in edit.new_text):
        return Vetted(None, "it adds invisible or control characters")
    line_lo = index.line_starts[edit.span.start_line]
    line_hi = index.line_end(edit.span.end_line)
    old_block = text[line_lo:line_hi]
    new_block = text[line_lo:edit.start] + edit.new_text + text[edit.end:line_hi]
    size = changed_line_count(old_block, new_block)
    if size > max_lines:
        return Vetted(None, f"it changes {size} lines (at most {max_lines})")
    fixed = apply_edits(text, [edit])
    try:
        before = tree or _Tree(text, language)
        after = _Tree(fixed, language)
    except LookupError:
        return Vetted(None, "no parser for this language")
    if before.root.has_error:
        return Vetted(None, "the file does not parse now: a fix cannot be checked")
    if after.root.has_error:
        return Vetted(None, "the file would not parse")
    new_end = edit.start + len(edit.new_text)
    names = aliases(before)
    added = constructs(after, edit.start, new_end, names) - constructs(before, edit.start, edit.end, names)
    if added:
        (kind, what), _ = next(iter(added.items()))
        return Vetted(None, f"it adds {_ARTICLE.get(kind, 'a ' + kind)} ({what[:60]})")
    why = _behaviour_change(before, after, (edit.start, edit.end), (edit.start, new_end), names, about=about,
                            asked=asked, new_calls=new_calls)
    if why is not None:
        return Vetted(None, why)
    delta = len(edit.new_text) - (edit.end - edit.start)

    def to_old(offset: int) -> int | None:
        if offset <= edit.start:
            return offset
        if offset >= new_end:
            return offset - delta
        return None

    new_unit = (lo, hi + delta)
    if _straddlers(after, edit.start, new_end, new_unit, to_old) - _straddlers(before, edit.start, edit.end, scope.unit,
                                                                               lambda o: o):
        return Vetted(None, "it changes code outside the reviewed unit")
    return Vetted(edit)


# --- a file's fixes together ----------------------------------------------------------------
def _keys(findings: Sequence[Finding], text: str) -> Counter:
    index = LineIndex(text)
    keys: Counter = Counter()
    for f in findings:
        a = index.offset(f.span.start_line, f.span.start_col)
        b = index.offset(f.span.end_line, f.span.end_col)
        keys[f.rule, " ".join(text[a:b].split())] += 1
    return keys


def _parses(text: str, language: str) -> bool:
    """tree-sitter finds no error; for Python, Python's own parser agrees too (tree-sitter
    accepts a body of comments only, an IndentationError). Nothing is executed."""
    if parser(language).parse(text.encode("utf-8", "surrogatepass")).root_node.has_error:
        return False
    if language == "python":
        import ast

        try:
            ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return False
    return True


def _problem(text: str, edits: list[TextEdit], language: str | None, baseline: list[Finding] | None,
             check: Callable[[str], list[Finding]] | None, parsed: bool) -> str | None:
    try:
        fixed = apply_edits(text, edits)
    except ValueError:
        return "it overlaps another fix"
    if language is not None and parsed and not _parses(fixed, language):
        return "the file would not parse"
    if check is None or baseline is None:
        return None
    after = check(fixed)
    new = _keys(after, fixed) - _keys(baseline, text)
    if new:
        return f"the rules would report {next(iter(new))[0]} in the fixed code"
    # Rule findings away from the edits must survive: a fix may not hide them.
    index = LineIndex(text)
    ranges = [(e.start, e.end) for e in edits]
    away = [f for f in baseline
            if not any(a <= index.offset(f.span.end_line, f.span.end_col) and index.offset(f.span.start_line,
                                                                                          f.span.start_col) <= b
                       for a, b in ranges)]
    lost = _keys(away, text) - _keys(after, fixed)
    if lost:
        return f"the rules would no longer report {next(iter(lost))[0]}"
    return None


def vet_file(text: str, language: str | None, fixes: Sequence[TextEdit],
             check: Callable[[str], list[Finding]] | None = None) -> list[str | None]:
    """For each fix (in order of preference), None when it is accepted or why it is withheld,
    judging the accepted fixes applied together: the file still parses (if it did) and
    ``check`` (the rules and secret scan, suppressions applied) reports nothing new and
    nothing less outside the edited code."""
    verdict: list[str | None] = [None] * len(fixes)
    if not fixes:
        return verdict
    parsed = language is not None and _parses(text, language)
    baseline = check(text) if check is not None else None
    everything = list(fixes)
    if _problem(text, everything, language, baseline, check, parsed) is None:
        return verdict
    accepted: list[TextEdit] = []
    for i, edit in enumerate(fixes):
        why = _problem(text, [*accepted, edit], language, baseline, check, parsed)
        if why is None:
            accepted.append(edit)
        else:
            verdict[i] = why
    return verdict
