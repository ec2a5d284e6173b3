"""A bulk scan's records name byte offsets of the file as ast-grep read it; a file changed before
postil read it (an editor saved it, a checkout ran) can put them inside a character. Such a record
is not this text's: it is dropped (a pattern rule's) or its config searched in process (a taint
rule's), never a crash of the check (UnicodeDecodeError before). Real ast-grep CLI, real scan."""

from __future__ import annotations

import pytest

from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk
from postil.analyzers.rules.scanned_matches import char_offsets

SCANNED = '''import os
from flask import request


def run():
    name = request.args["n"]
    os.system("ls " + name)
    eval(name)
    return "é ✓"
'''


def test_an_offset_inside_a_character_or_past_the_text_is_left_out():
    text = "aé✓b"  # bytes: a=0, é=1-2, ✓=3-5, b=6
    assert char_offsets(text, {0, 1, 2, 3, 4, 6, 7, 8, -1}) == {0: 0, 1: 1, 3: 2, 6: 3, 7: 4}
    assert char_offsets("abc", {0, 3, 4, -2}) == {0: 0, 3: 3}


@pytest.mark.parametrize("shift", [0, 1])
def test_records_of_the_file_before_it_changed_do_not_crash_its_check(tmp_path, shift):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    path = tmp_path / "view.py"
    path.write_text(SCANNED, encoding="utf-8")
    checker = CheckerCache().for_path(path)
    records = bulk.scan(checker.rules, [path])[path]
    assert any(not r["ruleId"].startswith("taint-") for r in records)  # pattern records too
    # the text read after the scan: two-byte characters first, so old offsets fall inside them
    changed = "# " + "é" * (200 + shift) + "\n" + SCANNED
    found = {(f.rule, f.span) for f in checker.check_text(path, changed, True, records)}
    in_process = {(f.rule, f.span) for f in checker.check_text(path, changed, True, None)}
    taint = {f for f in in_process if "tainted" in f[0]}
    assert len(taint) == 2 and {f for f in found if "tainted" in f[0]} == taint  # configs searched in process
