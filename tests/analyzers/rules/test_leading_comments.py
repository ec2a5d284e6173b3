"""A library's files open with the same licence header (SQLAlchemy's each name an `opensource.org`
URL), so a literal a rule needs that the header holds sent the rule to every file. A bulk scan
sends a rule whose text tests are all of code nodes only to the files holding its literals past
their leading comments; a rule that may test the root or a comment is sent as before; findings
stay the same."""

from __future__ import annotations

from pathlib import Path

from postil import scan
from postil.analyzers.rules.leading_comments import leading_end, reads_code_only
from tests.analyzers.rules.tree_scan import sent_documents

RULE = "python/correctness/file-never-closed"  # needs "open": `f = open(path)` never closed
HEADER = "#!/usr/bin/env python\n# mylib/{n}.py\n#\n# Released under an opensource licence: http://example.org/\n\n"
USES_OPEN = 'def first_line(path):\n    handle = open(path)\n    return handle.readline()\n'
OTHER = '"""Module {n}."""\n\ndef total{n}(values):\n    return sum(values) + {n}\n'


def test_the_leading_comments_end_at_the_first_line_of_code():
    text = HEADER.format(n=1).encode() + b"import os  # open\n"
    assert text[leading_end(text, "python"):] == b"import os  # open\n"
    assert leading_end(b'"""# not a comment"""\n', "python") == 0
    # a carriage return may end a line for tree-sitter: what follows it is not read as comment
    assert leading_end(b"# a\rimport opener\n", "python") == 0
    assert leading_end(b"// header\n", "javascript") == 0


def test_only_a_rule_whose_text_tests_are_of_code_nodes_skips_them():
    call = {"kind": "call", "has": {"field": "function", "regex": "^open$"}}
    assert reads_code_only({"language": "python", "rule": call})
    assert reads_code_only({"language": "python", "rule": {"matches": "opens"}, "utils": {"opens": call}})
    assert reads_code_only({"language": "python", "rule": {"pattern": "open($P)"}})
    for rule in ({"kind": "module", "regex": "open"}, {"kind": "comment", "regex": "open"},
                 {"kind": "call", "inside": {"stopBy": "end", "regex": "open"}},
                 {"kind": "call", "follows": {"kind": "comment", "regex": "open"}},
                 {"kind": "call", "has": {"regex": "open"}}):  # (a child outside a field may be a comment)
        assert not reads_code_only({"language": "python", "rule": rule}), rule
    bare = {"language": "python", "rule": {"pattern": "$X"}, "constraints": {"X": {"regex": "open"}}}
    assert not reads_code_only(bare)
    assert not reads_code_only({"language": "javascript", "rule": call})


def test_a_bulk_scan_sends_the_rule_past_the_licence_header_alone_and_reports_the_same(tmp_path, monkeypatch):
    (tmp_path / "reader.py").write_text(HEADER.format(n="reader") + USES_OPEN)
    for n in range(bulk_files := scan._BULK_THRESHOLD):
        (tmp_path / f"other{n:03d}.py").write_text(HEADER.format(n=n) + OTHER.format(n=n))
    reports, sent = sent_documents(tmp_path, RULE, monkeypatch)
    assert len(reports) == bulk_files + 1
    [doc] = sent
    assert [Path(name).name for name in doc["files"]] == ["reader.py"]
    found = {(r.path.name, f.span.start_line) for r in reports for f in r.findings if f.rule == RULE}
    assert found == {("reader.py", 6)}
