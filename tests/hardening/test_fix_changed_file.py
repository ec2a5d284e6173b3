"""``postil check --fix`` writes a file only when it is still the text that was checked.

A check takes seconds over a tree; an editor's save, a formatter or a ``git checkout`` can
change a file meanwhile. A fix is a splice at the offsets of the checked text: applied to other
text, it overwrites whatever now sits there. The changed file is left as it is and named as not
fixed, as ``postil review --staged --fix`` already does for a file changed since it was staged.
"""

from __future__ import annotations

from pathlib import Path

from postil.analyzers.checker import CheckerCache
from postil.fix_run import fix_until_stable
from postil.scan import check_paths

CHECKED = "def f(x):\n    if x == None:\n        return 1\n"
EDITED = "import os  # the user's edit, saved while postil ran\n" + CHECKED


def test_a_file_changed_after_its_check_is_not_fixed_at_the_old_offsets(tmp_path):
    (tmp_path / ".postil.toml").write_text("")
    source = tmp_path / "app.py"
    source.write_text(CHECKED)
    cache = CheckerCache()
    result = check_paths([tmp_path], cache, jobs=1, bulk=False)
    assert any(f.fix is not None for r in result.reports for f in r.findings)
    source.write_text(EDITED)

    run = fix_until_stable(result, cache)

    assert source.read_text() == EDITED
    assert run.fixed == 0
    assert "changed since it was checked" in run.refused[source]


def test_a_file_unchanged_since_its_check_is_fixed(tmp_path):
    (tmp_path / ".postil.toml").write_text("")
    source = tmp_path / "app.py"
    source.write_text(CHECKED)
    cache = CheckerCache()
    run = fix_until_stable(check_paths([tmp_path], cache, jobs=1, bulk=False), cache)

    assert run.fixed == 1 and source.read_text() == CHECKED.replace("x == None", "x is None")
