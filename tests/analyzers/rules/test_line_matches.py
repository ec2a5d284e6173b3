"""The line-anchored patterns read from the lines their marker picks give what the patterns'
own search gives: the import, alias and instance readers (and so the findings) are unchanged."""

import re

from postil.analyzers.rules.import_aliases import _FROM_IMPORT, _IMPORT_AS
from postil.analyzers.rules.line_matches import line_matches
from postil.analyzers.rules.taint_imports import _PY_FROM, _PY_IMPORT
from postil.analyzers.rules.taint_instances import _ASSIGNED_INSTANCE, _INSTANCE

TEXT = """import os.path as p, sys
from a.b import (c,
    import_d as e)  # a parenthesised import whose second line says import
  from x import y; import z as zz
s = "import os"
q = Query(request)
if a == Other(b): pass
r: Runner = new Runner()
const t = new Thing(1)
from é import x
import ( bad
"""


def _as_found(matches):
    return [(m.start(), m.end(), m.groups()) for m in matches]


def test_the_readers_match_the_patterns_own_search():
    for marker, patterns in (("import", (_IMPORT_AS, _FROM_IMPORT)), ("import", (_PY_FROM, _PY_IMPORT)),
                             (_ASSIGNED_INSTANCE, (_INSTANCE,))):
        found = line_matches(TEXT, marker, *patterns)
        assert [_as_found(f) for f in found] == [_as_found(p.finditer(TEXT)) for p in patterns]
        assert all(found)


def test_a_match_spanning_lines_hides_the_lines_it_covers():
    text = "from m import (a,\nimport_b)\nimport c\n"
    pattern = re.compile(r"^from[^(]*\([^)]*\)|^import \w+", re.M)
    assert _as_found(line_matches(text, "import", pattern)[0]) == _as_found(pattern.finditer(text))
