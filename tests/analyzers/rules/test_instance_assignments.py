"""A file's instances are known by name only where the name is bound to one class: every other
assignment of the name (`thing = createThing()` beside `thing = new Fixed()`) leaves it out.
Those assignments are counted for all of a file's names in one pass over its text, as a search
for each name alone would count them (a search per name cost minutes on a generated file with
thousands of instances)."""

from __future__ import annotations

import re

from postil.analyzers.rules import taint_instances
from postil.analyzers.rules.taint_instances import bare_assignments, instance_classes


def test_bare_assignments_count_as_each_name_s_own_search_does():
    text = ("a: b = 1\n"          # a's annotation spans b: both assigned
            "x = 1\nx == 2\nx => 3\no.x = 4\nxy = 5\n"
            "const svc: Service = new Service()\n"
            "y = z = 6\n")
    assert bare_assignments(text, {"a", "b", "x", "xy", "svc", "y", "z", "o"}) == {
        "a": 1, "b": 1, "x": 1, "xy": 1, "svc": 1, "y": 1, "z": 1}


def test_a_name_bound_to_anything_else_too_is_no_instance():
    text = "thing = new Fixed()\nother = new Kept()\nfunction f() { thing = createThing() }\nthis.box = new Box()\nthis.box = null\n"
    found = instance_classes(text)
    assert found["other"] == "Kept" and "thing" not in found and "this.box" not in found


def test_a_file_s_names_are_counted_in_one_pass(monkeypatch):
    searches = []
    original = re.findall
    monkeypatch.setattr(taint_instances.re, "findall", lambda *a, **k: searches.append(a[0]) or original(*a, **k))
    text = "class Holder {\n" + "".join(f"  f{i} = new Part{i}();\n" for i in range(200)) + "}\n" \
        + "".join(f"p{i} = new Piece{i}()\n" for i in range(200))
    found = instance_classes(text)
    assert found["this.f7"] == "Part7" and found["f7"] == "Part7" and found["p7"] == "Piece7"
    assert searches == []  # (a search of the whole text for each of the 400 names before)


def test_a_few_names_are_each_searched_for_and_counted_as_the_one_pass_counts_them(monkeypatch):
    """A handler's one instance (`bp = Blueprint(...)`) is counted by a search for its name, not by the
    one pass whose lookahead is tried at every position of the text; the counts are the same."""
    text = ("a: b = 1\nx = 1\nx == 2\nx => 3\no.x = 4\nxy = 5\nax = 6\nx$ = 7\nconst svc: Service = new Service()\n"
            "y = z = 6\nbp = Blueprint('h', __name__)\n@bp.route('/')\ndef view(): pass\n")
    names = [{"a", "b"}, {"x"}, {"xy", "svc"}, {"y", "z", "bp", "o"}, {"self.x", "x"}, {"q"}]
    monkeypatch.setattr(taint_instances, "_FEW_NAMES", 0)
    expected = [bare_assignments(text, few) for few in names]
    monkeypatch.setattr(taint_instances, "_FEW_NAMES", 4)
    monkeypatch.setattr(taint_instances, "_BARE_ASSIGNED", None)  # (the one pass is not run)
    assert [bare_assignments(text, few) for few in names] == expected
    assert expected[1] == {"x": 1} and expected[3] == {"y": 1, "z": 1, "bp": 1}
