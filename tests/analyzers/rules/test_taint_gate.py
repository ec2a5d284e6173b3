"""The taint rules' gate for what a file imports (issue 31): a file whose only source is a
function of the project's own modules is followed alike whether it is checked in process
(the editor, trees under 64 files) or in a bulk scan through ast-grep's CLI; a library
module whose imported modules return no request data costs no summary of them. Real git
repositories, real ast-grep, the real scan."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from postil import scan
from postil.analyzers.checker import Checker, CheckerCache
from postil.analyzers.rules import bulk, taint_imports, taint_modules
from postil.config import load_config

HELPERS = '''from flask import request


def current_query():
    return request.args.get("q", "")
'''

GREP = '''import os

from helpers import current_query


def grep():
    os.system("grep -r " + current_query())
'''

CORE = '''def normalise(value):
    return value.strip().lower()


def quote(value):
    return "'" + value.replace("'", "''") + "'"
'''

API = '''import os

from core import normalise, quote


def where(name, connection):
    return connection.execute("SELECT * FROM t WHERE name = " + quote(normalise(name)))


def listing(directory):
    return os.listdir(normalise(directory))
'''


def _repository(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    for name, text in files.items():
        (root / name).write_text(text)
    return root


def _flows(root: Path, bulk_scan: bool, monkeypatch) -> set[tuple[str, int, str]]:
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)  # `postil check .` in the project
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    return {(Path(r.path).name, f.span.start_line + 1, f.rule) for r in result.reports for f in r.findings
            if "/tainted-" in f.rule}


GREETINGS = '''from flask import render_template_string


def greeting(who):
    return render_template_string("Hello " + who + "!")
'''

GREET_VIEW = '''from flask import Blueprint, request

from greetings import greeting

bp = Blueprint("greet", __name__)


@bp.get("/greet")
def greet():
    return greeting("<b>" + request.args.get("who", "") + "</b>")
'''


def test_a_view_handing_its_request_data_to_a_helpers_sink_is_followed_though_it_names_no_sink(tmp_path, monkeypatch):
    # the view's text names no template call, the helper module no request: the rule runs on the
    # view for the sink it imports (reported at the call: the view builds the text the helper
    # renders), and on the helper for its caller (at its sink)
    if bulk.ast_grep_binary() is None:
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    root = _repository(tmp_path / "site", {"greetings.py": GREETINGS, "greet_view.py": GREET_VIEW})
    expected = {("greet_view.py", 10, "python/security/tainted-template"), ("greetings.py", 5, "python/security/tainted-template")}
    assert _flows(root, bulk_scan=False, monkeypatch=monkeypatch) == expected
    assert _flows(root, bulk_scan=True, monkeypatch=monkeypatch) == expected


def _recording(monkeypatch, owner, attribute: str, pick) -> list:
    """The calls of ``owner.attribute`` from now on, each as ``pick(*its arguments)``."""
    seen = []
    original = getattr(owner, attribute)
    monkeypatch.setattr(owner, attribute, lambda *args: seen.append(pick(*args)) or original(*args))
    return seen


def _summarised_and_flows(root: Path, name: str, text: str, monkeypatch) -> tuple[list[str], list[str]]:
    """The functions of imported modules summarised while checking the file ``name`` (its text
    ``text``), and the taint rules it reports."""
    summaries = _recording(monkeypatch, taint_modules, "function_summary", lambda facts, spec, function: function)
    return summaries, _flows_in(root, name, text)


def _flows_in(root: Path, name: str, text: str) -> list[str]:
    found = Checker(load_config(root / name)).check_text(root / name, text)
    return [f.rule for f in found if "/tainted-" in f.rule or "random" in f.rule]


def test_a_flow_through_a_helper_module_is_reported_in_process_and_in_bulk(tmp_path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    root = _repository(tmp_path / "shop", {"helpers.py": HELPERS, "grep_view.py": GREP})
    expected = {("grep_view.py", 7, "python/security/tainted-command")}  # the helper returns request data
    assert _flows(root, bulk_scan=False, monkeypatch=monkeypatch) == expected
    assert _flows(root, bulk_scan=True, monkeypatch=monkeypatch) == expected


def test_a_library_module_whose_imports_return_no_request_data_costs_no_summary(tmp_path, monkeypatch):
    root = _repository(tmp_path / "lib", {"core.py": CORE, "api.py": API})
    assert _summarised_and_flows(root, "api.py", API, monkeypatch) == ([], [])


FIXTURES = '''import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request):
    return request.param
'''

CLEANUP = '''import os

from fixtures import backend


def cleanup(name):
    os.remove(backend(name))
'''


def test_a_module_whose_only_request_is_pytests_costs_its_importers_no_summary(tmp_path, monkeypatch):
    # `request.param` looks like request data to the sources' probe (`request.$A`), not to the
    # sources themselves (their constraints name `args`, `form`, ...): the import feeds nothing
    root = _repository(tmp_path / "suite", {"fixtures.py": FIXTURES, "cleanup.py": CLEANUP})
    assert _summarised_and_flows(root, "cleanup.py", CLEANUP, monkeypatch) == ([], [])


LISTING = '''import os

from flask import request

from core import normalise


def listing(directory):
    app_root = request.environ.get("APP_ROOT", "/srv")  # not request data
    return os.listdir(os.path.join(app_root, normalise(directory)))
'''


def test_a_file_no_data_enters_costs_no_summary_of_the_modules_it_imports(tmp_path, monkeypatch):
    # the file names the rules' literals, so they run on it; but nothing it reads is request
    # data and no module it imports returns any: what their functions do cannot matter
    root = _repository(tmp_path / "lib", {"core.py": CORE, "listing.py": LISTING})
    assert _summarised_and_flows(root, "listing.py", LISTING, monkeypatch) == ([], [])


def test_the_imports_of_a_module_are_read_once_however_many_rules_ask(tmp_path, monkeypatch):
    root = _repository(tmp_path / "lib", {"core.py": CORE, "api.py": API})
    read = _recording(monkeypatch, taint_imports, "imports", lambda text, language: text)
    _flows_in(root, "api.py", API)
    assert read.count(CORE) == 1


LABELS = '''def label(required_input):
    # a name that reads random. and input, no request data nor random value
    return required_input.strip()
'''

SHOW = '''from labels import label


def show(name):
    print(label(name))
'''


def test_the_gate_parses_an_imported_module_once_for_every_kind_of_source(tmp_path, monkeypatch):
    # the module names the literals of the request sources and of the random ones: it is
    # probed for both, on one parse
    import ast_grep_py

    root = _repository(tmp_path / "lib", {"labels.py": LABELS, "show.py": SHOW})
    parsed = _recording(monkeypatch, ast_grep_py, "SgRoot", lambda text, language: text)
    assert _flows_in(root, "show.py", SHOW) == []
    assert parsed.count(LABELS) == 1


TOKENS = '''import random


def draw():
    return str(random.random())[2:]
'''

REPORT = '''import tokens


def report(out):
    out.write("sample: " + tokens.draw())
'''

LOGIN = '''from flask import make_response

import tokens


def login():
    response = make_response("ok")
    response.set_cookie("sid", tokens.draw())
    return response
'''


def test_a_module_with_a_source_is_not_parsed_for_an_importer_without_a_sink_of_its_rule(tmp_path, monkeypatch):
    # the module draws random values (a source of the weak-randomness rule), but the file
    # that imports it sets no cookie and writes no session: the value can reach no sink there
    import ast_grep_py

    root = _repository(tmp_path / "lib", {"tokens.py": TOKENS, "report.py": REPORT})
    parsed = _recording(monkeypatch, ast_grep_py, "SgRoot", lambda text, language: text)
    assert _flows_in(root, "report.py", REPORT) == []
    assert parsed.count(TOKENS) == 0


def test_a_value_of_an_imported_module_that_reaches_a_sink_is_still_reported(tmp_path, monkeypatch):
    root = _repository(tmp_path / "app", {"tokens.py": TOKENS, "login.py": LOGIN})
    assert _flows_in(root, "login.py", LOGIN) == ["python/security/weak-random-session-token"]


def _bulk_flows_and_parses(root: Path, monkeypatch) -> tuple[set[tuple[str, int, str]], list[str]]:
    """The flows a bulk scan of ``root`` reports (see _flows), and the texts ast-grep-py
    parsed meanwhile."""
    import ast_grep_py

    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    parsed = _recording(monkeypatch, ast_grep_py, "SgRoot", lambda text, language: text)
    return _flows(root, bulk_scan=True, monkeypatch=monkeypatch), parsed


def test_a_bulk_scan_tells_the_gate_which_imported_modules_hold_no_source(tmp_path, monkeypatch):
    # ast-grep's CLI probed every file for the rules' sources: a module it found none in is
    # not parsed again to ask (in process it is: see the test of one parse per module above)
    root = _repository(tmp_path / "lib", {"labels.py": LABELS, "show.py": SHOW})
    flows, parsed = _bulk_flows_and_parses(root, monkeypatch)
    assert flows == set() and parsed.count(LABELS) == 0


def test_a_module_that_renames_what_a_sink_names_may_hold_that_sink():
    # `session as user_state`: the text holds none of the sink's literals as written
    # (`session[`), but the renamed sink may be there; a rename of something else may not
    from postil.analyzers.rules import taint_prefilter
    from postil.analyzers.rules.loader import builtin_rules

    [rule] = [r for r in builtin_rules()[0] if r.id == "python/security/weak-random-session-token"]
    side = taint_prefilter.sink_side(rule.taint)
    renamed = 'from flask import session as user_state\n\nuser_state["token"] = value\n'
    other = "from .sql.expression import update as update\n"
    assert not taint_prefilter.text_meets(renamed, side)
    assert taint_prefilter.text_may_match(renamed, "python", side, rule.taint.sinks)
    assert not taint_prefilter.text_may_match(other, "python", side, rule.taint.sinks)


def test_a_bulk_scan_probes_sources_with_their_constraints(tmp_path, monkeypatch):
    # `request.param` is pytest's: the scan's probe of `request.$A` runs with the sources'
    # constraints (`args`, `form`, ...), so it finds no source in either file, and neither is
    # parsed to ask again (the fixtures' module once was, for its importer's gate and its own rules)
    root = _repository(tmp_path / "suite", {"fixtures.py": FIXTURES, "cleanup.py": CLEANUP})
    flows, parsed = _bulk_flows_and_parses(root, monkeypatch)
    assert flows == set() and parsed.count(FIXTURES) == 0


AUDIT = '''import tokens


def audit(session, table):
    session.execute(update(table).values(stamp=tokens.draw()))
'''


def test_a_sink_is_looked_for_by_its_regex_before_an_imported_module_is_parsed(tmp_path, monkeypatch):
    # the file names `session.` and `update` (the literals of the weak-randomness rule's sink
    # `session.update(...)`), but no cookie and no session write: the random value can reach
    # no sink, and the module drawing it is not parsed
    import ast_grep_py

    root = _repository(tmp_path / "lib", {"tokens.py": TOKENS, "audit.py": AUDIT})
    parsed = _recording(monkeypatch, ast_grep_py, "SgRoot", lambda text, language: text)
    assert _flows_in(root, "audit.py", AUDIT) == []
    assert parsed.count(TOKENS) == 0


def test_a_regex_a_match_needs_is_searched_in_the_text_less_what_the_text_around_may_break():
    from postil.analyzers.rules.taint_prefilter import text_regexes

    def searched(regex: str) -> list[str]:
        return [pattern for pattern, _ in text_regexes({"rule": {"kind": "call", "regex": regex}})]

    assert searched(r"^session\.(update|setdefault)\(") == [r"session\.(update|setdefault)\("]
    assert searched(r"\bsession\[") == [r"session\["] and searched(r"^(cookie|jar)\($") == [r"(cookie|jar)\("]
    assert searched(r"(?-u:\b)exec\b") == ["exec"] and searched(r"[^.$]execute$") == [r"[^.$]execute"]
    assert searched(r"[[:alpha:]^]x") == [r"[[:alpha:]^]x"]  # (in a class, `^` is a character)
    assert searched(r"^\w*$") == [] and searched(r"a^*") == [] and searched(r"\<exec") == []
    nested = {"rule": {"all": [{"regex": "a+b"}, {"has": {"regex": "c"}}], "any": [{"regex": "d"}],
                       "not": {"regex": "e"}}}
    assert [p for p, _ in text_regexes(nested)] == ["a+b", "c"]


SILENCED_HELPERS = '''from flask import request


def current_query():
    # ast-grep-ignore
    return request.args.get("q", "")
'''


def test_a_module_whose_source_ast_grep_was_told_to_ignore_still_feeds_its_importers(tmp_path, monkeypatch):
    # under an `ast-grep-ignore` comment ast-grep's CLI reports nothing, the scan's probe
    # included: its silence there does not say the module holds no source
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    root = _repository(tmp_path / "shop", {"helpers.py": SILENCED_HELPERS, "grep_view.py": GREP})
    expected = {("grep_view.py", 7, "python/security/tainted-command")}
    assert _flows(root, bulk_scan=False, monkeypatch=monkeypatch) == expected
    assert _flows(root, bulk_scan=True, monkeypatch=monkeypatch) == expected


SHOW_CAREFULLY = '''from labels import label


def show(name):
    try:
        print(label(name))
    except:
        pass
'''


def test_a_file_whose_gate_reads_the_scan_is_checked_once_the_scan_is_done(tmp_path, monkeypatch):
    # the file has a pattern finding (the swallowed exception), so ast-grep hands it over while it scans
    # the others; its taint rules wait for what the scan finds in the module it imports, which
    # is then not parsed to ask
    root = _repository(tmp_path / "lib", {"labels.py": LABELS, "show.py": SHOW_CAREFULLY})
    flows, parsed = _bulk_flows_and_parses(root, monkeypatch)
    assert flows == set() and parsed.count(LABELS) == 0
    assert bulk.scan(Checker(load_config(root / "show.py")).rules, [root / "show.py"])  # (ast-grep hands it over)


def test_a_bulk_scan_of_modules_holding_no_source_builds_no_import_link(tmp_path, monkeypatch):
    # the scan probed every module for the taint rules' sources and found none: no import of
    # the library can feed a rule, so no file's calls of what it imports are looked for
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    root = _repository(tmp_path / "lib", {"core.py": CORE, "api.py": API})
    linked = _recording(monkeypatch, taint_imports.ImportGraph, "used", lambda graph, path, text, language: path.name)
    assert _flows(root, bulk_scan=True, monkeypatch=monkeypatch) == set()
    assert linked == []
    assert _flows(root, bulk_scan=False, monkeypatch=monkeypatch) == set()
    assert "api.py" in linked  # in process (the editor's way) the link is what the gate reads
