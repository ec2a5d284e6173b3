"""What a bulk scan asks of ast-grep's CLI for a tree of many small handlers (issue 31, cost):
one run for all of them (each run compiles every rule again), and each rule limited to its
files by the shorter list of paths (ast-grep compiles every path of a `files` or `ignores`
list into a glob); every handler that runs a shell on request data reported."""

from __future__ import annotations

from pathlib import Path

import yaml

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk

HANDLER = '''import subprocess

from flask import request


def view{n}():
    name = request.args.get("name")
    if not name:
        name = ""
    return subprocess.run({call}, shell=True)
'''


def _tree(root: Path, count: int) -> None:
    (root / "views").mkdir(parents=True)
    for n in range(count):
        call = 'f"echo {name}"' if n % 2 else '"echo hello"'
        (root / "views" / f"case{n:05d}.py").write_text(HANDLER.format(n=n, call=call))
    (root / "views" / "plain.py").write_text("def add(a, b):\n    return a + b\n")


def _findings(root: Path, monkeypatch) -> list[tuple[str, str]]:
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1)
    return [(r.path.name, f.rule) for r in result.reports for f in r.findings]


def test_a_tree_of_many_handlers_is_one_run_with_short_path_lists(tmp_path, monkeypatch):
    # as many handlers as one run's paths hold: up to 1,100 (fewer where the temp dir is deep)
    path_bytes = len(str(tmp_path / "views" / "case00000.py")) + 1
    count = min(1100, bulk._PATH_BYTES_PER_RUN // path_bytes - 2)
    _tree(tmp_path, count)
    runs: list[tuple[list[dict], list[str]]] = []
    narrowed = bulk._narrowed
    monkeypatch.setattr(bulk, "_narrowed", lambda docs, names: runs.append((narrowed(docs, names)[0], names))
                        or narrowed(docs, names))
    found = _findings(tmp_path, monkeypatch)
    [(docs, names)] = runs
    assert len(names) == count + 1
    # the taint configs go to every handler but plain.py: named as the one they do not go to
    paths = [path for doc in docs for path in doc.get("files", []) + doc.get("ignores", [])]
    assert len(paths) < len(names)
    shells = {name for name, rule in found if rule == "python/security/tainted-command"}
    assert shells == {f"case{n:05d}.py" for n in range(1, count, 2)}


def test_runs_take_as_many_paths_as_fit():
    names = [f"/srv/app/views/case{n:05d}.py" for n in range(bulk._FILES_PER_RUN)]
    assert bulk._runs(names) == [names]
    assert [len(run) for run in bulk._runs(names + names[:10])] == [bulk._FILES_PER_RUN, 10]
    long = [f"/srv/{'deep/' * 200}case{n:05d}.py" for n in range(200)]
    runs = bulk._runs(long)
    assert len(runs) > 1 and [name for run in runs for name in run] == long
    assert all(sum(len(name) + 1 for name in run) <= bulk._PATH_BYTES_PER_RUN for run in runs)


def test_a_run_whose_path_lists_pass_ast_grep_s_yaml_budget_still_runs_in_ast_grep(tmp_path, monkeypatch):
    """ast-grep refuses a rules file past 250,000 YAML nodes (each path of a `files` list is one):
    a run's documents go to several rules files, so the scan does not fail (and the whole check
    fall back to the rules in process) when many rules go to long lists of files."""
    _tree(tmp_path, 3)
    narrowed = bulk._narrowed

    def with_long_lists(docs, names, *rest):
        sent, *rest = narrowed(docs, names)
        paths = [str(tmp_path / "views" / f"never{n:04d}.py") for n in range(1000)]
        filler = [{"id": f"filler-{k}", "language": "python", "severity": "warning", "rule": {"kind": "call"},
                   "files": paths} for k in range(300)]
        return sent + filler, *rest

    monkeypatch.setattr(bulk, "_narrowed", with_long_lists)
    from postil.analyzers.rules.loader import builtin_rules

    rules = [r for r in builtin_rules()[0] if r.id == "python/security/subprocess-shell-true"]
    files = sorted((tmp_path / "views").glob("case*.py"))
    found = bulk.scan(rules, files)
    assert {path.name for path, records in found.items()
            if any(r["ruleId"] == "python/security/subprocess-shell-true" for r in records)} == {"case00001.py"}


def test_a_run_names_its_files_from_their_common_directory(tmp_path, monkeypatch):
    """ast-grep compiles each path of a `files` or `ignores` list into a glob at a cost that grows
    with its length: a run goes in the files' deepest common directory and names them from
    there, in its command and its lists alike; each file's matches are still its own."""
    _tree(tmp_path, 70)  # (a bulk scan from scan._BULK_THRESHOLD files on)
    (tmp_path / "views" / "sub").mkdir()
    (tmp_path / "views" / "sub" / "case00009.py").write_text(HANDLER.format(n=9, call='f"echo {name}"'))
    for n in range(12):  # files no rule of the handlers' goes to: those go with lists of files
        (tmp_path / "views" / f"plain{n}.py").write_text("def add(a, b):\n    return a + b\n")
    sent: list[tuple[list[str], str, list[str]]] = []
    streaming = bulk._run_streaming

    def recording(command, cwd, tmp, *rest):
        lists = [path for rules in Path(tmp).glob("rules-*/*.yml") for doc in rules.read_text().split("\n---\n")
                 for key in ("files", "ignores") for path in yaml.safe_load(doc).get(key, [])]
        sent.append((command[command.index("--") + 1:], cwd, lists))
        return streaming(command, cwd, tmp, *rest)

    monkeypatch.setattr(bulk, "_run_streaming", recording)
    found = _findings(tmp_path, monkeypatch)
    [(paths, cwd, lists)] = sent
    assert Path(cwd) == (tmp_path / "views").resolve()
    assert "sub/case00009.py" in paths and lists and all(not Path(path).is_absolute() for path in paths + lists)
    shells = {name for name, rule in found if rule == "python/security/tainted-command"}
    assert shells == {*(f"case{n:05d}.py" for n in range(1, 70, 2)), "case00009.py"}


def test_a_folder_whose_config_runs_no_rule_on_its_files_beside_one_that_does(tmp_path, monkeypatch):
    """A bulk scan sends each config's rules for the languages of its files; a config that runs
    none of them there (``select`` of another language's rules) is a group with nothing to send,
    and the scan went on to note every group's probes against the groups it sent: the check
    crashed (ValueError from zip) instead of reporting the other folder's findings."""
    _tree(tmp_path / "app", 70)
    quiet = tmp_path / "scripts"
    quiet.mkdir()
    for n in range(10):
        (quiet / f"tool{n}.py").write_text('import os\nos.system("ls " + name)\n')
    (quiet / ".postil.toml").write_text('select = ["js/"]\n')
    found = _findings(tmp_path, monkeypatch)
    assert not [name for name, _ in found if name.startswith("tool")]
    assert len({name for name, rule in found if rule == "python/security/tainted-command"}) == 35
