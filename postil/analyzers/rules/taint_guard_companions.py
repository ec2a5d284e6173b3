"""The other side of a check joined to it by `and`/`or` that leaves the check's conclusion
standing: `if sort and sort not in SORTABLE: abort(400)` (Datasette's sort check), `if cb is not
None and not CALLBACK_RE.match(cb): return`, `if not (full == root or full.startswith(root +
os.sep)): raise` (a path resolved and kept under its base). Where the whole condition says the
data is safe, either the check says so or the other side does: the value is empty, None, or
equal to another one."""

from __future__ import annotations

import re

_OTHER = r"""([\w.]+|"[^"\n]*"|'[^'\n]*')"""  # a name, a field or a literal
_NOT_EMPTY = (r"{n}", r"{n}\s+is\s+not\s+None", r"{n}\s*!==?\s*" + _OTHER, _OTHER + r"\s*!==?\s*{n}")
_EMPTY_OR_EQUAL = (r"(not\s+|!\s*){n}", r"{n}\s+is\s+None", r"{n}\s*===?\s*" + _OTHER, _OTHER + r"\s*===?\s*{n}")


def keeps_conclusion(operand, names, need: bool) -> bool:
    """Whether ``operand``, the other side of a conjunction (``need`` False: the whole is false
    on the safe path) or a disjunction (``need`` True: the whole is true on it), tests one of
    ``names`` (the names the check reads) so that on that path it is empty or None (`x`, `x is
    not None`, `x != y` false) or equal to another value (`not x`, `x is None`, `x == y` true)."""
    text = operand.text()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    shapes = _EMPTY_OR_EQUAL if need else _NOT_EMPTY
    for name in names:
        quoted = re.escape(name)
        if any(re.fullmatch(shape.format(n=quoted), text) and _other_side(text, name) for shape in shapes):
            return True
    return False


def _other_side(text: str, name: str) -> bool:
    """Whether a comparison in ``text`` compares ``name`` with something else (not itself)."""
    sides = [side.strip() for side in re.split(r"!==?|===?", text)]
    return len(sides) == 1 or name in sides and any(side != name for side in sides)
