"""A Python rule's regex over a call's text reads a comment between the arguments as the blank it
stands in: `subprocess.check_output(  # the argv built above\n    argv)` is `check_output(argv)` to a
reviewer, while a regex `\\(\\s*\\w+\\s*\\)` stops at the `#` (fix80's sweep: 43 rules lost a case so).
Each `\\s*` or `[ \\t\\r\\n]*` of a Python rule's regex, outside a class, is rewritten as the rule is
built to read whitespace or whole comments (`(?:\\s|#.*\\n)*`): a Python comment runs to its line's
end, so a word inside one never completes a regex, and whitespace that may hold a line break may hold
one. ast-grep's Rust regexes and the RE2 that postil runs them in are linear whatever the pattern, so
the nested repetition costs no backtracking."""

from __future__ import annotations

from functools import lru_cache

_GAP = r"(?:\s|#.*\n)*"  # (`.` stops at a line break; no `^` in a class, which text_regexes reads as an anchor)
_SPACES = (r"\s*", r"[ \t\r\n]*", r"[ \t\n\r]*")


def commented_gaps(value):
    """``value`` (a rule document's part) with each ``regex`` reading comments where it reads
    whitespace that may span lines."""
    if isinstance(value, list):
        return [commented_gaps(v) for v in value]
    if not isinstance(value, dict):
        return value
    return {k: (with_comment_gaps(v) if k == "regex" and isinstance(v, str) else commented_gaps(v))
            for k, v in value.items()}


@lru_cache(maxsize=4096)
def with_comment_gaps(regex: str) -> str:
    """``regex`` with its multi-line whitespace runs (outside classes) reading comments too (once a
    pattern: the packs' Python rules repeat them, 4,709 regexes of 1,939 distinct; and a regex
    without a whitespace run is itself, 3,641 of them, not read character by character)."""
    if not any(spaces in regex for spaces in _SPACES):
        return regex
    out, i, n, in_class = [], 0, len(regex), False
    while i < n:
        if not in_class:
            spaces = next((s for s in _SPACES if regex.startswith(s, i)), None)
            if spaces is not None:
                out.append(_GAP)
                i += len(spaces)
                continue
        c = regex[i]
        if c == "\\" and i + 1 < n:
            out.append(regex[i:i + 2])
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            i += 1
            if i < n and regex[i] == "^":
                out.append("^")
                i += 1
            if i < n and regex[i] == "]":  # a `]` first in a class is itself
                out.append("]")
                i += 1
            continue
        if c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)
