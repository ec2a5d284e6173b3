"""Python comparisons that check one key of a mapping, for the taint guards: `if
file_format.get("inputFormat") == "url":` or `if body["region"] in REGIONS:` says what that key
holds, not what the mapping's other keys do (Hue's `guess_format` fetches `file_format["path"]`
inside it). Such a check clears the element (`body['region']`), not the mapping's name: on its path
the mapping stays tainted but for that key (see taint_elements.take)."""

from __future__ import annotations

import re

from postil.analyzers.rules import taint_elements as elements

# one key of a bare name, read with a literal key (`m.get("k")`, `m.get("k", "x")`, `m["k"]`; a key of
# punctuation too: PyPI's upload form field `params.get(":action")`)
_KEY = r"[\w:@/-][\w.:@/ -]{0,99}"
_KEYED = re.compile(rf"""([A-Za-z_]\w*)(?:\.get\(\s*((["']){_KEY}\3)\s*(?:,\s*(?:[\w.]+|"[^"\n]*"|'[^'\n]*'))?\s*\)|\[((["']){_KEY}\5)\])""")
_COMPARISONS = frozenset({"==", "!=", "in", "not in"})


def keyed_only(check) -> dict[str, str]:
    """Name -> the element (taint_elements.element) of the names a Python comparison ``check``
    reads only through one literal key (see _KEYED) on a compared side; empty for any other check."""
    if check.kind() != "comparison_operator" or len(check.text()) > 400:
        return {}
    operators = [c.text() for c in check.children() if not c.is_named()]
    if not operators or any(" ".join(op.split()) not in _COMPARISONS for op in operators):
        return {}
    keyed: dict[str, set[str]] = {}
    others = []
    for operand in check.named_children():
        found = _KEYED.fullmatch(operand.text())
        if found is None:
            others.append(operand.text())
        else:
            keyed.setdefault(found.group(1), set()).add(found.group(2) or found.group(4))
    return {name: elements.element(name, elements.literal_key(next(iter(keys)))) for name, keys in keyed.items()
            if len(keys) == 1 and not any(re.search(rf"(?<![\w.]){name}\b", other) for other in others)}
