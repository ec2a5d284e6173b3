"""Element-level taint stays cheap on containers no handler writes by hand (issue 31, item
4): a literal of thousands of items, appended to thousands of times, is followed as one value,
so the file is checked (not skipped for its time) and the flow through it is reported."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config


def test_a_huge_list_literal_appended_to_is_one_value(tmp_path):
    items = ", ".join(f'"v{i}"' for i in range(20_000))
    appends = "\n".join(f"    xs.append(p{i % 7})" for i in range(3_000))
    path = tmp_path / "view.py"
    path.write_text(f'import os\n\nfrom flask import request\n\n\ndef view():\n    p0 = request.args.get("x")\n'
                    f"    xs = [{items}]\n{appends}\n    os.system(xs[0])\n")
    report = Checker(load_config(path)).check_file(path)
    assert report.skipped is None
    assert [(f.rule, f.sink_span.start_line + 1) for f in report.findings if "/tainted-" in f.rule] == [
        ("python/security/tainted-command", 3_009)]



def test_a_flow_through_append_costs_ast_grep_no_regex_of_the_engine(tmp_path, monkeypatch):
    """ast-grep compiles a rule's regexes on every search (~0.1 ms each, most of a small
    handler's cost): the calls that mutate their receiver (`xs.append(p)`) are told from the
    file's calls by their callee's text here, not by a regex of their own."""
    import json

    from postil.analyzers.rules import search

    searched = []
    original = search.SharedSearch.find
    monkeypatch.setattr(search.SharedSearch, "find", lambda self, config: searched.append(config) or original(self, config))
    path = tmp_path / "view.py"
    path.write_text('import os\n\nfrom flask import request\n\n\ndef view():\n    xs = []\n'
                    '    xs.append(request.args.get("x"))\n    os.system(xs[0])\n')
    report = Checker(load_config(path)).check_file(path)
    assert [(f.rule, f.sink_span.start_line + 1) for f in report.findings if "/tainted-" in f.rule] == [
        ("python/security/tainted-command", 9)]
    assert "(add|append|clear|extend|insert|pop|remove" not in json.dumps(searched)  # the mutators of taint_grammar
