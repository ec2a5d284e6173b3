"""A file that imports names under other names has the taint rules' matchers renamed to them
(rules/taint_aliases.py). Minified modules import one-letter names (`{s as l, i as a}`): the
renaming reached the letters of a regex's escapes and flags (`\\s` → `\\l`, `(?i)` → `(?a)`),
which ast-grep refuses, and every JavaScript taint rule was skipped on the file."""

from __future__ import annotations

import re
from pathlib import Path

from postil.analyzers.rules.taint_aliases import _rename
from postil.cli import main

APP = """import express from "express";
import { s as l, i as a, w as C, b as c, d as $d } from "./util.js";
const app = express();
app.get("/user", (req, res) => {
  const id = req.query.id;
  db.query("SELECT * FROM users WHERE id = " + id);
  res.send(l(a(C(c($d())))));
});
"""


def test_one_letter_aliases_leave_the_taint_rules_working(tmp_path: Path, monkeypatch, capsys):
    (tmp_path / "app.js").write_text(APP)
    monkeypatch.chdir(tmp_path)
    code = main(["check", "app.js", "--no-cache"])
    out = capsys.readouterr().out
    assert "js/security/tainted-sql" in out and code == 1, out


def test_a_regex_is_renamed_only_where_the_name_is_text():
    """Escapes, classes, flags and group names keep their letters; the alias goes in escaped."""
    word = re.compile(r"(?<![\w$.])s\b")
    rule = {"regex": r"(?i)^(await\s+)?(s|exec)\([\s,]*(?P<s>\x{73})\bs\b", "pattern": "s($X)"}
    assert _rename(rule, word, "l") == {"regex": r"(?i)^(await\s+)?(l|exec)\([\s,]*(?P<s>\x{73})\bs\b",
                                        "pattern": "l($X)"}
    assert _rename({"regex": r"^s$"}, word, "$s")["regex"] == r"^\$s$"


def test_an_exclusion_keeps_holding_in_the_renamed_copy():
    """`from csv import writer as csv_writer` renames `writer` in a sink's copy for the alias; in
    the sink's `not:` the word may name something else (defusedcsv's own `writer`), so the
    exclusion holds in the copy as written or as renamed."""
    from ast_grep_py import SgRoot

    sink = {"pattern": "$W.writerow($ROW)",
            "not": {"inside": {"stopBy": "end", "kind": "module",
                               "has": {"stopBy": "end", "kind": "call", "regex": r"^defusedcsv\.(writer|DictWriter)\("}}}}
    code = "import defusedcsv\nfrom csv import writer as csv_writer\nw = defusedcsv.writer(out)\nw.writerow(row)\n"
    root = SgRoot(code, "python").root()
    renamed = _rename(sink, re.compile(r"(?<![\w$.])writer\b"), "csv_writer")
    assert root.find(**sink) is None
    assert root.find(**renamed) is None
    # and where the exclusion names the import itself, the renamed exclusion holds for the alias
    guarded = {"pattern": "writer($OUT)", "not": {"inside": {"stopBy": "end", "kind": "with_statement"}}}
    quoted = {"pattern": "writer($OUT)", "not": {"has": {"stopBy": "end", "regex": r"^writer$"}}}
    aliased = "from csv import writer as csv_writer\ncsv_writer(out)\n"
    assert SgRoot(aliased, "python").root().find(**_rename(guarded, re.compile(r"(?<![\w$.])writer\b"), "csv_writer"))
    assert SgRoot(aliased, "python").root().find(**_rename(quoted, re.compile(r"(?<![\w$.])writer\b"), "csv_writer")) is None
