"""Checking an open document again after an edit (issue 31, item 9): only the functions whose
inputs changed are checked again, the others' findings are kept and move with their lines, and
what the user sees is what a check of the whole text says (postil/analyzers/rules/incremental.py)."""

from __future__ import annotations

import functools
import random
import tempfile
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import load_config
from tests.cpu_ratio import least_of_alternate_runs

REPO = Path(__file__).resolve().parents[3]
TAINTED_COMMAND = "python/security/tainted-command"
VIEWS = '''import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


def get_cmd():
    return request.args.get("cmd", "")


@app.route("/run")
def run():
    os.system(get_cmd())


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    subprocess.run("ping -c 1 " + host, shell=True)


@app.route("/clean")
def clean():
    name = "report"
    return name
'''


def _shown(findings) -> list[tuple]:
    """What the editor shows of each finding."""
    return [(f.rule, f.span, f.message, f.related, f.fix, f.fingerprint) for f in findings]


@functools.cache
def _checkers() -> tuple[Checker, Checker]:
    """One checker that keeps documents' results (the editor's), one that checks whole texts."""
    loaded = load_config(Path(tempfile.mkdtemp(prefix="postil-incremental-")))
    return Checker(loaded), Checker(loaded)


class Document:
    """An open document checked again after each edit, beside a check of the whole text."""

    def __init__(self, root: Path, text: str, name: str = "views.py") -> None:
        self.path = root / name
        self.path.write_text(text)
        self.editor, self.whole = _checkers()
        self.text = text
        self.check()

    def check(self) -> list:
        findings = self.editor.check_text(self.path, self.text, incremental=True)
        assert _shown(findings) == _shown(self.whole.check_text(self.path, self.text))
        return findings

    def replace(self, old: str, new: str) -> list:
        assert self.text.count(old) == 1
        self.text = self.text.replace(old, new)
        return self.check()

    @property
    def recomputed(self) -> tuple[int, int] | None:
        return self.editor.kept_units(str(self.path))


def _flows(findings) -> list[tuple[int, str]]:
    """(the sink's line, the message) of each command flow"""
    return [(f.sink_span.start_line + 1, f.message) for f in findings if f.rule == TAINTED_COMMAND]


def test_an_edit_in_one_function_checks_it_alone_and_moves_the_findings_below(tmp_path):
    doc = Document(tmp_path, VIEWS)
    assert doc.recomputed == (4, 4)  # the first check: every function
    findings = doc.replace('    host = request.args.get("host", "")\n',
                           '    host = request.args.get("host", "")\n    timeout = 1\n')
    assert doc.recomputed == (1, 4)
    assert _flows(findings)[0][0] == 15  # above the edit: where it was
    assert _flows(findings)[1] == (22, 'Command injection: request data from line 20 (`request.args.get("host", "")`) '
                                       'reaches `run` at line 22')
    findings = doc.replace("import subprocess\n", "import subprocess\n# a note\n\n")
    assert doc.recomputed == (0, 4)  # a comment and a blank line above every function: all moved
    assert [line for line, _ in _flows(findings)] == [17, 24]
    assert "from line 12 " in _flows(findings)[0][1]  # the helper's source moved too


def test_a_flow_typed_into_a_function_shows_and_clears(tmp_path):
    doc = Document(tmp_path, VIEWS)
    typed = '    name = "report"\n    os.system(request.args["x"])\n'
    findings = doc.replace('    name = "report"\n', typed)
    assert doc.recomputed == (1, 4)
    assert [line for line, _ in _flows(findings)] == [15, 21, 27]
    findings = doc.replace(typed, '    name = "report"\n')
    assert doc.recomputed == (1, 4)
    assert [line for line, _ in _flows(findings)] == [15, 21]


def test_a_helper_changed_checks_the_functions_calling_it(tmp_path):
    doc = Document(tmp_path, VIEWS)
    findings = doc.replace('    return request.args.get("cmd", "")\n', '    return "ls"\n')
    assert doc.recomputed == (2, 4)  # get_cmd and run, which calls it
    assert [line for line, _ in _flows(findings)] == [21]


def test_a_caller_checked_again_for_its_helper_keeps_what_the_pattern_rules_found_in_it(tmp_path, monkeypatch):
    import postil.analyzers.rules.incremental as incremental

    doc = Document(tmp_path, VIEWS.replace("    os.system(get_cmd())\n",
                                           "    os.system(get_cmd())\n    if os.name == None:\n        pass\n"))
    searched = []
    real = incremental._Check._in_tree
    monkeypatch.setattr(incremental._Check, "_in_tree",
                        lambda self, parts, i, patterns: searched.append(parts[i].text) or real(self, parts, i, patterns))
    findings = doc.replace('    return request.args.get("cmd", "")\n', '    return "ls"\n')
    assert doc.recomputed == (2, 4)  # get_cmd and run, which calls it: run's flow is gone
    assert [text.split("(")[0] for text in searched] == ["def get_cmd"]  # run's own matches are kept
    assert ("python/correctness/none-equality-comparison", 16) in [(f.rule, f.span.start_line + 1) for f in findings]


def test_an_import_or_a_module_level_name_changed_checks_every_function(tmp_path):
    doc = Document(tmp_path, VIEWS)
    doc.replace("import os\n", "import os\nimport shlex\n")
    assert doc.recomputed == (4, 4)
    doc.replace("app = Flask(__name__)\n", "app = Flask(__name__)\nLIMIT = 3\n")
    assert doc.recomputed == (4, 4)


def test_when_data_stops_entering_the_file_the_kept_verdicts_are_made_again(tmp_path):
    # While `ask` reads input, the taint rule follows data to `deploy`'s command and judges it
    # clean, which leaves the broad shell=True rule nothing to say there; once no data enters
    # the file, `deploy` (unchanged) is checked again and the broad rule speaks.
    script = ('import subprocess\n\n\ndef ask():\n    return input("cmd> ")\n\n\n'
              'def deploy():\n    target = "prod" + "uction"\n    subprocess.run("deploy " + target, shell=True)\n')
    doc = Document(tmp_path, script, "deploy.py")
    assert doc.check() == []
    findings = doc.replace('    return input("cmd> ")\n', '    return "ls"\n')
    assert doc.recomputed == (2, 2)
    assert [(f.rule, f.span.start_line + 1) for f in findings] == [("python/security/subprocess-shell-true", 10)]
    assert doc.replace('    return "ls"\n', '    return input("cmd> ")\n') == []
    assert doc.recomputed == (2, 2)


def test_a_syntax_error_at_the_module_level_checks_the_whole_text(tmp_path):
    doc = Document(tmp_path, VIEWS)
    doc.replace("app = Flask(__name__)\n", "app = Flask(__name__\n")
    assert doc.recomputed is None
    doc.replace("app = Flask(__name__\n", "app = Flask(__name__)\n")
    assert doc.recomputed == (4, 4)



ALIASED = '''import pickle as pk
import subprocess as sp


def load(blob):
    return pk.loads(blob)


def deploy(target):
    sp.call("deploy " + target, shell=True)


def ping():
    return "pong"
'''


def test_the_copy_read_through_import_aliases_is_kept_by_functions_too(tmp_path):
    doc = Document(tmp_path, ALIASED, "tools.py")
    aliased = lambda: doc.editor.kept_units(str(doc.path) + "\0aliases")  # noqa: E731
    shown = lambda findings: sorted({(f.rule, f.span.start_line + 1) for f in findings})  # noqa: E731
    # the copy holds the functions that use an alias (ping, which uses none, is blanked out: no
    # rule reading the copy looks beyond a unit); the first check reads both
    assert aliased() == (2, 2)
    assert ("python/security/pickle-deserialization", 6) in shown(doc.check())
    assert aliased() == (0, 2)  # nothing changed: nothing read again
    findings = doc.replace("import subprocess as sp\n", "import subprocess as sp\n# deploys through sp\n")
    assert aliased() == (0, 2)  # a comment above every function: the copy's findings moved, none read again
    assert {("python/security/pickle-deserialization", 7), ("python/security/subprocess-shell-true", 11)} \
        <= set(shown(findings))
    findings = doc.replace('    return "pong"\n', '    x = 1\n    return "pong"\n')
    assert aliased() == (0, 2)  # typed into ping: nothing of the copy read again
    assert ("python/security/subprocess-shell-true", 11) in shown(findings)
    findings = doc.replace("    sp.call(", "    x = 2\n    sp.call(")
    assert aliased() == (1, 2)  # typed into deploy: only deploy read again
    assert ("python/security/subprocess-shell-true", 12) in shown(findings)
    findings = doc.replace("    return pk.loads(blob)\n", "    return blob\n")  # (other rules read the copy)
    assert ("python/security/pickle-deserialization", 7) not in shown(findings)


def test_a_comment_typed_above_every_function_runs_no_rule_when_none_matches_comments(tmp_path, monkeypatch):
    import postil.analyzers.rules.incremental as incremental

    doc = Document(tmp_path, VIEWS)
    checks = []
    real = incremental._Check.parts
    monkeypatch.setattr(incremental._Check, "parts", lambda self, *a: checks.append(a) or real(self, *a))
    findings = doc.replace("import subprocess\n", "import subprocess\n# a note about ping\n")
    assert checks == [] and doc.recomputed == (0, 4)
    assert [line for line, _ in _flows(findings)] == [16, 22]


def _taint_rules_run(monkeypatch) -> list:
    """The taint rules each check of parts ran from now on: (those following flows, those
    finding where data enters; see _Check.taint_rules), None for every rule."""
    import postil.analyzers.rules.incremental as incremental

    run = []
    real = incremental._Check.parts
    monkeypatch.setattr(incremental._Check, "parts", lambda self, parts, shown, wanted, taint_only=None, *rest: run.append(
        taint_only) or real(self, parts, shown, wanted, taint_only, *rest))
    return run


def test_an_edit_in_a_function_holding_no_source_runs_only_the_taint_rules_that_may_find_something_there(
        tmp_path, monkeypatch):
    doc = Document(tmp_path, VIEWS + "\n\ndef label(name):\n    return name.title()\n")
    run = _taint_rules_run(monkeypatch)
    doc.replace("    return name.title()\n", "    size = 2\n    return name.title()\n")
    assert doc.recomputed == (1, 5)
    every = [r.id for r in doc.editor.ruleset.for_language("python") if r.taint is not None]
    followed, entering = run[-1]
    assert not entering and len(followed) <= len(every) // 4  # (the rules whose sinks are near any code)
    # a sink typed there, fed by the helper whose source is elsewhere: the command rule runs and finds it
    findings = doc.replace("    size = 2\n", "    os.system(get_cmd())\n")
    assert TAINTED_COMMAND in run[-1][0]
    assert [line for line, _ in _flows(findings)] == [15, 21, 31]


def test_an_edit_in_a_function_holding_no_shell_list_or_query_dict_runs_neither_rule_until_one_is_typed(
        tmp_path, monkeypatch):
    # the command rule's `["sh", "-c", cmd]` sink asks for `-c` and a shell's name, the NoSQL
    # rule's query pair for `request` and a query method in the function around it
    doc = Document(tmp_path, VIEWS + "\n\ndef label(name):\n    return name.title()\n")
    run = _taint_rules_run(monkeypatch)
    doc.replace("    return name.title()\n", "    size = 2\n    return name.title()\n")
    followed, _ = run[-1]
    assert TAINTED_COMMAND not in followed and "python/security/tainted-nosql" not in followed
    findings = doc.replace("    size = 2\n", "    subprocess.Popen([\"sh\", \"-c\", get_cmd()])\n")
    assert TAINTED_COMMAND in run[-1][0]
    assert [line for line, _ in _flows(findings)] == [15, 21, 31]


def test_a_source_typed_through_an_import_alias_where_no_data_entered_is_followed(tmp_path, monkeypatch):
    script = ("import os\n\nfrom flask import request as rq\n\n\ndef clean():\n    name = 'report'\n    return name\n\n\n"
              "def tidy():\n    return 1\n")
    doc = Document(tmp_path, script)
    run = _taint_rules_run(monkeypatch)
    findings = doc.replace("    name = 'report'\n", "    os.system(rq.args['x'])\n")
    assert TAINTED_COMMAND in run[0][0]  # (its source read through the alias: `request` is not in the function)
    assert doc.recomputed == (2, 2)  # data enters the file now: the other function's verdicts are made again
    assert [line for line, _ in _flows(findings)] == [7]


def test_an_edit_in_a_handler_holding_no_sink_follows_no_flow_and_finds_where_data_enters(tmp_path, monkeypatch):
    doc = Document(tmp_path, VIEWS + '\n\n@app.route("/hello")\ndef hello():\n    who = request.args["who"]\n'
                   '    return len(who)\n')
    run = _taint_rules_run(monkeypatch)
    doc.replace("    return len(who)\n", "    size = 2\n    return len(who)\n")
    followed, entering = run[-1]
    sql = "python/security/tainted-sql"
    assert doc.recomputed == (1, 5) and sql in entering and sql not in followed
    assert len(followed) <= len(entering) // 4  # (the rules whose sinks are near any code)
    # a sink typed there: its flow found
    findings = doc.replace("    size = 2\n", "    os.system(who)\n")
    assert [line for line, _ in _flows(findings)] == [15, 21, 33]


def test_a_rule_of_the_project_that_matches_comments_sees_a_comment_typed(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "todo.yml").write_text(
        "id: team/no-fixme\nlanguage: python\nseverity: warning\nmessage: FIXME left in\n"
        "rule: {kind: comment, regex: FIXME}\n")
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    loaded = load_config(tmp_path)
    editor, whole = Checker(loaded), Checker(loaded)
    path = tmp_path / "views.py"
    path.write_text(VIEWS)
    editor.check_text(path, VIEWS, incremental=True)
    text = VIEWS.replace("import subprocess\n", "import subprocess\n# FIXME: ping is slow\n")
    findings = editor.check_text(path, text, incremental=True)
    assert editor.kept_units(str(path)) == (0, 4)
    assert [(f.rule, f.span.start_line + 1) for f in findings if f.rule == "team/no-fixme"] == [("team/no-fixme", 3)]
    assert _shown(findings) == _shown(whole.check_text(path, text))


def test_a_duplicate_key_in_a_function_is_found_again_with_that_function_alone(tmp_path):
    # duplicate-dict-key compares a dict's pairs with the pairs before them (`follows`): siblings
    # inside the dict, never top-level statements, so it runs by functions, not on the whole text
    from postil.analyzers.rules.unit_scope import looks_beyond_unit

    rules = {r.id: r for r in _checkers()[0].ruleset.for_language("python")}
    assert not looks_beyond_unit(rules["python/correctness/duplicate-dict-key"])
    assert looks_beyond_unit(rules["python/correctness/file-reopened-before-close"])  # follows any `f = open(...)`
    text = VIEWS + '\n\ndef config():\n    return {"a": 1, "b": 2, "a": 3}\n'
    doc = Document(tmp_path, text)
    findings = doc.replace('    name = "report"\n', '    name = "report"\n    size = 2\n')
    assert doc.recomputed == (1, 5)
    line = doc.text.split("\n").index('    return {"a": 1, "b": 2, "a": 3}') + 1  # moved down by the edit
    assert [f.span.start_line + 1 for f in findings if f.rule == "python/correctness/duplicate-dict-key"] == [line]


def test_code_after_a_return_is_found_again_with_that_function_alone(tmp_path):
    """unreachable-code compares a statement with those before it (`follows`) only in a block
    (`inside: {kind: block}`, another part of its `all`): siblings inside one function."""
    from postil.analyzers.rules.unit_scope import looks_beyond_unit

    rules = {r.id: r for r in _checkers()[0].ruleset.for_language("python")}
    assert not looks_beyond_unit(rules["python/correctness/unreachable-code"])
    doc = Document(tmp_path, VIEWS)
    findings = doc.replace('    return name\n', '    return name\n    name = "other"\n')
    assert doc.recomputed == (1, 4)
    line = doc.text.split("\n").index('    name = "other"') + 1
    assert [f.sink_span.start_line + 1 for f in findings if f.rule == "python/correctness/unreachable-code"] == [line]


def test_a_query_built_over_statements_in_one_function_is_checked_with_that_function_alone(tmp_path):
    """sql-injection asks what a `query += name` statement follows only inside the function's
    body (`inside: {kind: block}`): it runs by units, not over the whole text on every change."""
    from postil.analyzers.rules.unit_scope import looks_beyond_unit

    rules = {r.id: r for r in _checkers()[0].ruleset.for_language("python")}
    assert not looks_beyond_unit(rules["python/security/sql-injection"])
    text = VIEWS + '\n\ndef find(cursor, name):\n    query = "SELECT * FROM users WHERE name = \'"\n    return 1\n'
    doc = Document(tmp_path, text)
    sql = lambda findings: [f.sink_span.start_line + 1 for f in findings if f.rule == "python/security/sql-injection"]  # noqa: E731
    findings = doc.replace("    return 1\n", "    query += name\n    cursor.execute(query)\n")
    assert doc.recomputed == (1, 5) and sql(findings) == [doc.text.split("\n").index("    cursor.execute(query)") + 1]
    assert not sql(doc.replace("    query += name\n", ""))


def _many_statements(lines: int) -> str:
    return "x = 1\n" * lines


def _chain_of_functions(functions: int) -> str:
    return "".join(f"def f{i}(x):\n    return f{i - 1}(x) if x else {i}\n" for i in range(functions))


@pytest.mark.parametrize(("shape", "small", "large"), [
    # the server's hostile documents: 100,000 lines of `x = 1` took minutes, each part's key
    # holding every statement of the module (it was 16x)
    (_many_statements, 3000, 12000),
    # 4,000 functions each calling the one before took 15 s: what each depends on is the whole
    # chain, so many units are checked as one text (it was 13x)
    (_chain_of_functions, 1000, 4000),
])
def test_a_large_document_is_checked_in_time_in_proportion_to_its_length(tmp_path, shape, small, large):
    """CPU of this thread for a document and an edit to it, 4x the text against 1x, with a wide bound:
    the least of three alternated runs each (a loaded machine inflates some runs' CPU time too; it
    failed once at 9.9x under CI load where quiet runs give 2.6-5.5x)."""
    import time

    def cpu(size: int) -> float:
        path = tmp_path / f"{shape.__name__}{size}.py"
        text = shape(size)
        path.write_text(text)
        editor, _ = _checkers()
        started = time.thread_time()
        editor.check_text(path, text, incremental=True)
        editor.check_text(path, "y = 2\n" + text, incremental=True)
        return time.thread_time() - started

    once, four_times = least_of_alternate_runs(cpu, small, large, rounds=3)
    assert four_times < 8 * once + 0.1, (once, four_times)


@pytest.mark.slow  # ~1-2 s a file
@pytest.mark.parametrize("name", ["python-security/legacy_transfer.py", "python-security/django_reports_views.py",
                                  "python-security/http_clients.py", "python-correctness/cli_tool.py"])
def test_random_edits_find_what_a_whole_check_finds(tmp_path, name):
    source = REPO / "bench" / "corpora" / "corpus" / name
    if not source.exists():
        pytest.fail(f"{source} is gone: name another corpus file")
    doc = Document(tmp_path, source.read_text())
    rnd = random.Random(name)
    for _ in range(6):
        lines = doc.text.split("\n")
        at = rnd.randrange(len(lines))
        indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
        lines.insert(at, rnd.choice(["", lines[at], indent + "x_ = input(); os.system(x_)", indent + "pass"]))
        doc.text = "\n".join(lines)
        doc.check()


RUNNER = '''import os
import subprocess

from flask import request


class Runner:
    """Runs what it is asked."""

    limit = 3

    def __init__(self):
        self.cmd = request.args.get("cmd", "")

    def run(self):
        os.system(self.cmd)

    def ping(self):
        host = request.args.get("host", "")
        subprocess.run("ping -c 1 " + host, shell=True)

    def __eq__(self, other):
        return self.cmd == other.cmd
'''


def test_an_edit_in_one_method_checks_that_method_alone(tmp_path):
    doc = Document(tmp_path, RUNNER, "runner.py")
    assert doc.recomputed == (4, 4)  # the first check: every method
    rules = lambda findings: sorted({(f.rule, f.sink_span.start_line + 1) for f in findings})  # noqa: E731
    assert {(TAINTED_COMMAND, 20), ("python/correctness/eq-without-hash", 7)} <= set(rules(doc.check()))
    findings = doc.replace('        host = request', '        timeout = 1\n        host = request')
    assert doc.recomputed == (1, 4)
    assert (TAINTED_COMMAND, 21) in rules(findings)
    findings = doc.replace("    def run(self):\n", "    def run(self):\n        print(self.limit)\n")
    assert doc.recomputed == (2, 4)  # run, and __init__, which writes what run reads
    assert (TAINTED_COMMAND, 22) in rules(findings)
    # a mutable default that __init__ keeps on the instance: reported on its `def` line once the
    # edit puts it there, and no longer once the edit copies it
    mutable = lambda findings: [line for rule, line in rules(findings) if rule.endswith("/mutable-default-argument")]  # noqa: E731
    assert not mutable(doc.replace("        print(self.limit)\n", "        print(self.limit)\n        self.seen.append(1)\n"))
    findings = doc.replace("    def __init__(self):\n", "    def __init__(self, seen=[]):\n        self.seen = seen\n")
    assert mutable(findings) == [12] and doc.recomputed[0] >= 1
    assert not mutable(doc.replace("        self.seen = seen\n", "        self.seen = list(seen)\n"))
    # a rule that looks at the whole class sees a method added (the class's __hash__)
    findings = doc.replace("    def __eq__(self, other):",
                           "    def __hash__(self):\n        return 1\n\n    def __eq__(self, other):")
    assert ("python/correctness/eq-without-hash", 7) not in rules(findings)
    doc.replace("    limit = 3\n", "")  # a class statement: every method checked again
    assert doc.recomputed == (5, 5)


def test_a_class_with_more_methods_than_units_checked_alone_is_one_unit(tmp_path):
    from postil.analyzers.rules import incremental

    methods = "".join(f"    def m{i}(self):\n        return {i}\n\n" for i in range(incremental._MAX_UNITS + 1))
    doc = Document(tmp_path, f"class Big:\n{methods}\n\ndef run():\n    return Big()\n", "big.py")
    assert doc.recomputed == (2, 2)  # the class and run, not 501 methods
    doc.replace("        return 7\n", "        return 8\n")
    assert doc.recomputed == (2, 2)  # (run calls Big)


INSTANCES = '''import os

from flask import request


class Runner:
    def go(self, cmd):
        os.system(cmd)


class Quiet:
    def hush(self, cmd):
        return cmd


def view():
    r = Runner()
    r.go(request.args.get("cmd", ""))


def other():
    r = Quiet()
    return r
'''


def test_a_name_bound_to_another_class_in_a_function_left_out_gives_the_whole_checks_verdict(tmp_path):
    """`r = Runner()` in one function and `r = Quiet()` in another: a whole check does not
    know which class `r.go` is, and a check of the edited function alone must not either."""
    doc = Document(tmp_path, INSTANCES)
    doc.replace("        os.system(cmd)", "        x_ = 1\n        os.system(cmd)")
    # the method, view calling its class, other binding `r` too, and the method of the class other calls
    assert doc.recomputed == (4, 4)
    doc.replace("    r = Quiet()\n", "    r = Runner()\n")
    doc.replace("        x_ = 1\n", "        x_ = 2\n")


SHAPES = '''import hashlib
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)
LIMIT = 3


def get_cmd():
    return request.args.get("cmd", "")


@app.route("/run")
def run():
    os.system(get_cmd())


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    subprocess.run("ping -c 1 " + host, shell=True)


class Worker:
    """Does what it is asked."""

    retries = LIMIT

    def __init__(self):
        self.cmd = request.form.get("cmd", "")

    def start(self):
        os.system(self.cmd)

    @staticmethod
    def digest(data):
        return hashlib.md5(data).hexdigest()

    def __eq__(self, other):
        return self.cmd == other.cmd


def clean():
    name = "report"
    return name
'''

# (what is replaced, what replaces it): typed inside functions and methods, in decorators and class
# bodies, a function renamed (its callers then call a name no longer defined), a flow's source changed
_EDITS = [
    ('    host = request.args.get("host", "")\n', '    host = request.args.get("host", "")\n    t_ = 1\n'),
    ('        os.system(self.cmd)\n', '        x_ = input()\n        os.system(self.cmd)\n'),
    ('        return hashlib.md5(data)', '        data = bytes(data)\n        return hashlib.md5(data)'),
    ('@app.route("/ping")\n', '@app.route("/ping", methods=["POST"])\n'),
    ("    @staticmethod\n", "    @classmethod\n"),
    ("    retries = LIMIT\n", "    retries = LIMIT\n    delay = 2\n"),
    ("def get_cmd():", "def get_command():"),
    ('    return request.args.get("cmd", "")\n', '    return "ls"\n'),
    ('        self.cmd = request.form.get("cmd", "")\n', '        self.cmd = "true"\n'),
    ('    name = "report"\n', '    name = request.args["name"]\n    os.system(name)\n'),
    ("    def __eq__(self, other):", "    def __hash__(self):\n        return 1\n\n    def __eq__(self, other):"),
    ("def clean():", "def cleaned():"),
]


@pytest.mark.parametrize("seed", range(3))
def test_random_edits_inside_functions_methods_decorators_and_class_bodies_find_what_a_whole_check_finds(
        tmp_path, seed):
    """Each edit applied (or undone) in a random order: what the editor shows after it is what a
    check of the whole text shows, and an edit inside one function's body checks fewer units than
    the document has."""
    doc = Document(tmp_path, SHAPES, "shapes.py")
    rnd = random.Random(seed)
    applied: set[int] = set()
    for _ in range(14):
        i = rnd.randrange(len(_EDITS))
        old, new = _EDITS[i] if i not in applied else _EDITS[i][::-1]
        if doc.text.count(old) != 1:
            continue
        doc.replace(old, new)
        applied ^= {i}
        if i in (0, 1, 2):  # inside a function's or a method's body
            recomputed, units = doc.recomputed
            assert recomputed < units, (old, new)


THROUGH_AN_INSTANCE = '''import os

from flask import request


class Runner:
    def go(self, cmd):
        os.system(cmd)
        os.system(request.args["y"])


def make():
    r = Runner()
    return r


def get_cmd():
    return request.args.get("cmd", "")


def view():
    r.go(get_cmd())
'''


def test_a_method_called_through_a_name_another_function_binds_is_checked_with_that_call(tmp_path):
    """`r.go(get_cmd())` in view, `r = Runner()` in make: a whole check follows the request data
    into Runner.go, and so does a check of Runner.go after an edit in it."""
    doc = Document(tmp_path, THROUGH_AN_INSTANCE)
    findings = doc.replace("        os.system(cmd)", "        x_ = 1\n        os.system(cmd)")
    assert [line for line, _ in _flows(findings)] == [9, 10]
    doc.replace("    r.go(get_cmd())\n", "    r.go('ls')\n")


OPTIONS = '''import hashlib

import requests

TIMEOUT = 5


def fetch(url):
    opts = {"verify": False, "timeout": TIMEOUT}
    return requests.get(url, **opts)


def digest(data):
    return len(data)


class Client:
    def post(self, url, body):
        kwargs = {"verify": False}
        return requests.post(url, data=body, **kwargs)

    def close(self):
        return None
'''
_OPTION_EDITS = [
    ("    return len(data)\n", "    size = 2\n    return len(data)\n"),  # (a function holding no spread)
    ('"verify": False, "timeout"', '"verify": True, "timeout"'),  # (a dict a spread reads)
    ("        return None\n", "        opts = 1\n        return None\n"),  # (a method beside one spreading)
    ("def digest(data):\n", 'def digest(data):\n    opts = {"name": "md5"}\n    hashlib.new(**opts)\n'),
    ("TIMEOUT = 5\n", "TIMEOUT = 5\nopts = {}\n"),  # (module code)
    ('    return requests.get(url, **opts)\n', '    opts["verify"] = True\n    return requests.get(url, **opts)\n'),
]


def _copies_checked_by_units(monkeypatch) -> list:
    """The rules each check of a copy of a document by units ran from now on."""
    import postil.analyzers.rules.incremental as incremental

    run = []
    real = incremental.DocumentRules.run
    monkeypatch.setattr(incremental.DocumentRules, "run", lambda self, *a, only=None: (
        run.append(only) if only is not None else None) or real(self, *a, only=only))
    return run


def test_an_edit_in_a_function_holding_no_spread_keeps_what_the_option_dicts_spelt_out_found(tmp_path, monkeypatch):
    doc = Document(tmp_path, OPTIONS)

    def unverified(findings) -> list[int]:
        return [f.span.start_line + 1 for f in findings if "verif" in f.message.lower()]

    assert unverified(doc.check()) == [10, 20]  # (found in the copy with `**opts` spelt out)
    copies = _copies_checked_by_units(monkeypatch)
    findings = doc.replace(*_OPTION_EDITS[0])
    assert copies == [] and unverified(findings) == [10, 21]  # (not checked again: moved with their functions)
    findings = doc.replace(*_OPTION_EDITS[1])
    assert copies and unverified(findings) == [21]  # (a dict a spread reads changed: checked again)


@pytest.mark.parametrize("seed", range(3))
def test_random_edits_around_spread_option_dicts_find_what_a_whole_check_finds(tmp_path, seed):
    """Each edit applied (or undone) in a random order: what the editor shows after it is what a
    check of the whole text shows (the option-dict copy's findings kept where an edit cannot change them)."""
    doc = Document(tmp_path, OPTIONS, "options.py")
    rnd = random.Random(seed)
    applied: set[int] = set()
    for _ in range(14):
        i = rnd.randrange(len(_OPTION_EDITS))
        old, new = _OPTION_EDITS[i] if i not in applied else _OPTION_EDITS[i][::-1]
        if doc.text.count(old) != 1:
            continue
        doc.replace(old, new)
        applied ^= {i}


def test_sql_built_in_one_statement_and_run_in_another_follows_each_edit(tmp_path):
    """A finding that runs from the statement building the SQL to the call running it is kept,
    moved and dropped as a check of the whole text has it (Document asserts that at each step)."""
    text = ('import sqlite3\n\n\ndef helper(x):\n    return x\n\n\n'
            'def lookup(conn, user_id):\n    q = "SELECT * FROM users WHERE id = \'%s\'" % user_id\n'
            '    cur = conn.cursor()\n    cur.execute(q)\n')
    doc = Document(tmp_path, text, "db.py")
    sql = lambda findings: [(f.span.start_line + 1, f.sink_span.start_line + 1)  # noqa: E731
                            for f in findings if f.rule == "python/security/sql-injection"]
    assert sql(doc.check()) == [(9, 11)]
    assert sql(doc.replace("    return x\n", "    y = x\n    return y\n")) == [(10, 12)]
    assert doc.recomputed == (1, 2)  # the helper; the lookup's finding moved
    assert sql(doc.replace("    cur = conn.cursor()\n", "    cur = conn.cursor()\n    cur.arraysize = 10\n")) == [(10, 13)]
    assert sql(doc.replace("\'%s\'\" % user_id", "1\"")) == []
    assert sql(doc.replace("WHERE id = 1\"", "WHERE id = \'%s\'\" % user_id")) == [(10, 13)]


def test_a_kept_flow_message_moves_its_own_lines_not_the_numbers_its_quoted_code_holds(tmp_path):
    doc = Document(tmp_path, 'import subprocess\nfrom flask import request\n\n\ndef ping():\n'
                             '    host = request.args.get("at line 3")\n    subprocess.run("ping " + host, shell=True)\n')
    findings = doc.replace("import subprocess\n", "import subprocess\n# a note\n")
    assert doc.recomputed == (0, 1)  # moved, not checked again
    assert _flows(findings) == [(8, ('Command injection: request data from line 7 (`request.args.get("at line 3")`) '
                                     'reaches `run` at line 8'))]


XMLRPC_API = """import os
from xmlrpc.server import SimpleXMLRPCServer


def ping():
    return "pong"


class Api:
    def rename(self, name):
        return name.strip()


server = SimpleXMLRPCServer(("127.0.0.1", 8000))
server.register_instance(Api())
"""


def test_an_edit_in_a_module_an_xmlrpc_server_registers_runs_the_rules_whose_data_enters_there(tmp_path, monkeypatch):
    doc = Document(tmp_path, XMLRPC_API)
    run = _taint_rules_run(monkeypatch)
    doc.replace('    return "pong"\n', '    x = 1\n    return "pong"\n')
    assert TAINTED_COMMAND in run[-1][1]  # (the module registers a class: what it exposes takes the client's data)
    findings = doc.replace("        return name.strip()\n", "        os.system(name)\n        return name.strip()\n")
    assert [line for line, _ in _flows(findings)] == [12]
