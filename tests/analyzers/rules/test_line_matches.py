"""The line-anchored patterns read from the lines their marker picks give what the patterns'
own search gives: the import, alias, instance and annotation readers (and so the findings) are
unchanged; and the patterns searched over every file's text are searched for a literal."""

import re

from postil.analyzers.rules import taint_instances
from postil.analyzers.rules.import_aliases import _FROM_IMPORT, _IMPORT_AS
from postil.analyzers.rules.line_matches import line_matches
from postil.analyzers.rules.taint_aborts import _NAVIGATION
from postil.analyzers.rules.taint_imports import _PY_FROM, _PY_IMPORT
from postil.analyzers.rules.taint_instances import (
    _ASSIGNED_INSTANCE,
    _INSTANCE,
    _TYPED,
    _typed,
)

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


ANNOTATED = """def view(request, service: ToolsService = Depends(get_tools_service), n: int = 0):
    repo: RepoService = make()  # a: B) twice on a line: x: Y,
    values = {"a": Thing(1), "b": Other}
    é: Tool = 1
def last(self, p: Parser)"""


def test_annotations_read_from_the_lines_holding_one_match_the_patterns_own_search():
    assert _typed(ANNOTATED) == _TYPED.findall(ANNOTATED)
    assert _typed(ANNOTATED)
    for text in ("", "a: B", "a: B\n", "x:\nB,", "a :\tB =", "no colon", "a: b\nc: D)"):
        assert _typed(text) == (_TYPED.findall(text) if ":" in text else [])


class _Recorder:
    """_TYPED, noting the spans of the text each search is given."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def findall(self, text, pos=0, endpos=None):
        self.spans.append((pos, len(text) if endpos is None else endpos))
        return _TYPED.findall(text, pos, len(text) if endpos is None else endpos)


def test_annotations_are_searched_for_only_in_the_lines_holding_one(monkeypatch):
    """The class-annotation pattern opens with a name, which Python's regex engine tries from
    every character of every identifier (~1 us a character): a Flask view of 400 characters and
    no annotation is searched nowhere, an annotated line alone."""
    recorder = _Recorder()
    monkeypatch.setattr(taint_instances, "_TYPED", recorder)
    view = 'from flask import request\n\n\n@bp.route("/x")\ndef x():\n    q = request.args.get("q")\n    try:\n        pass\n    except ValueError:\n        pass\n'
    assert taint_instances._typed(view) == [] and recorder.spans == []
    text = view + "def y(service: ToolsService):\n    return 1\n"
    assert taint_instances._typed(text) == [("service", "ToolsService")]
    assert recorder.spans == [(len(view), len(view) + len("def y(service: ToolsService):\n"))]


def test_the_next_import_is_searched_for_by_its_first_word():
    """A pattern opening with `\\b` is tried at every position of a file; one opening with a
    literal is searched for it (each Flask view asks whether it imports Next.js's navigation)."""
    assert re._parser.parse(_NAVIGATION.pattern)[0][0] == re._constants.LITERAL
    for text, found in (("import { redirect } from 'next/navigation'", True), ('x = 1\nfrom "@sveltejs/kit"', True),
                        ("xfrom 'next/navigation'", False), ("from 'next/router'", False), ("é from 'next/navigation'", True)):
        assert (_NAVIGATION.search(text) is not None) is found


class _Scanned(str):
    """A text noting how many characters its backward searches for a line's start may read."""

    read = 0

    def rfind(self, sub, start=0, end=None):
        _Scanned.read += (len(self) if end is None else end) - start
        return super().rfind(sub, start, end)


def test_a_minified_line_is_searched_for_annotations_once(monkeypatch):
    """Marks on one line (`{a:B,c:D}` minified) send that line to the pattern once, and the next
    mark is looked for past it: the work stays linear in the text (the line's start was looked
    for back from each mark, to the text's start: quadratic on a minified bundle)."""
    recorder = _Recorder()
    monkeypatch.setattr(taint_instances, "_TYPED", recorder)
    line = "{" + ",".join(f"a{i}:B{i}" for i in range(50)) + "}\n"
    text = _Scanned("x = 1\n" + line + "y: Z = 2")
    assert taint_instances._typed(text) == _TYPED.findall(text) == [(f"a{i}", f"B{i}") for i in range(49)] + [("y", "Z")]
    assert recorder.spans == [(6, 6 + len(line)), (6 + len(line), 6 + len(line) + 8)]
    assert _Scanned.read <= len(text)
