"""`postil check` again over a tree where nothing changed answers from `.postil/cache/check/` (as
ruff's `.ruff_cache`), exactly as a fresh run would; anything the answer rested on that changed
(a file's bytes, a module the taint rules followed outside the checked path, the config) makes it
check again; a cache that is damaged, from elsewhere or planted is never believed. Real files,
real runs in this process (one job, so the files checked are counted here)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from postil.analyzers import checker as checker_module
from postil.cli import main
from postil.result_cache.check import MIN_FILES

pytestmark = pytest.mark.usefixtures("cache_on")

HANDLER = '''import subprocess

from flask import Flask, request

from helpers.params import get_param

app = Flask(__name__)


@app.route("/run")
def run():
    cmd = get_param(request, "cmd")
    return subprocess.run(cmd, shell=True, capture_output=True).stdout
'''
READS_REQUEST = "def get_param(req, name):\n    return req.args.get(name)\n"
CONSTANT = 'def get_param(req, name):\n    return "fixed-value-here"\n'
UNSAFE = 'import os\n\n\ndef run(code):\n    return eval(code)\n'
SAFE = 'import os\n\n\ndef run(code):\n    return repr(code)\n'  # the same size as UNSAFE


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch) -> Path:
    """A project (its config at the root) with a checked directory `app/` of MIN_FILES + 2
    files, one of them a Flask view reading the request through `helpers/params.py`, which
    lies outside `app/`."""
    root = tmp_path / "project"
    (root / "helpers").mkdir(parents=True)
    (root / "app").mkdir()
    (root / ".postil.toml").write_text("ignore = []\n")
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "params.py").write_text(READS_REQUEST)
    (root / "app" / "views.py").write_text(HANDLER)
    (root / "app" / "unsafe.py").write_text(UNSAFE)
    for i in range(MIN_FILES):
        (root / "app" / f"m{i}.py").write_text(f"def f{i}(a, b):\n    return a + b\n")
    monkeypatch.chdir(root)
    return root


def check(capsys, *extra: str) -> tuple[int, dict, str]:
    """Run `postil check app --format json --jobs 1 EXTRA`: (exit code, report without its
    elapsed time, stderr)."""
    code = main(["check", "app", "--format", "json", "--jobs", "1", *extra])
    out = capsys.readouterr()
    report = json.loads(out.out)
    del report["summary"]["elapsed_seconds"]
    return code, report, out.err


def rules_in(report: dict, name: str) -> set[str]:
    return {f["rule"] for f in report["findings"] if Path(f["path"]).name == name}


def entries(root: Path) -> list[Path]:
    return sorted((root / ".postil" / "cache" / "check").glob("*.json"))


def test_an_unchanged_tree_is_answered_from_the_cache_exactly_as_a_fresh_run(workspace, reads, capsys):
    first = check(capsys)
    assert len(reads) == MIN_FILES + 2 and "python/security/tainted-command" in rules_in(first[1], "views.py")
    reads.clear()
    again = check(capsys)
    assert reads == [] and again == first  # nothing checked again, the same report and exit code
    fresh = check(capsys, "--no-cache")
    assert len(reads) == MIN_FILES + 2 and fresh == first


def test_a_checked_file_is_not_read_again_after_its_key_read_it(workspace, monkeypatch):
    """The check takes the bytes the results cache's key read and their sha256 (a fix is written
    only over them): a file is read for the key, and after the run to see it unchanged, not a
    third time for its check."""
    from postil.analyzers.checker import CheckerCache
    from postil.result_cache.check import check_cached
    from postil.result_cache.key import CheckOptions

    read_to_check: list[str] = []
    original = checker_module.read_regular
    monkeypatch.setattr(checker_module, "read_regular",
                        lambda path, *rest: read_to_check.append(Path(path).name) or original(path, *rest))
    options = CheckOptions(paths=("app",), select=None, ignore=(), fail_on=None, config=None, bulk=True)
    result = check_cached([Path("app")], CheckerCache(), options, jobs=1, say=print)
    assert read_to_check == [] and len(result.reports) == MIN_FILES + 2
    assert {r.path.name: r.checked for r in result.reports} == {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in (workspace / "app").iterdir()}
    assert "python/security/eval-exec-non-literal" in {f.rule for r in result.reports for f in r.findings}


def test_a_file_whose_bytes_changed_with_its_size_and_time_kept_is_checked_again(workspace, reads, capsys):
    _, before, _ = check(capsys)
    assert "python/security/eval-exec-non-literal" in rules_in(before, "unsafe.py")
    target = workspace / "app" / "unsafe.py"
    stat = target.stat()
    target.write_text(SAFE)
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (target.stat().st_size, target.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    reads.clear()
    _, after, _ = check(capsys)
    assert reads == [Path("app/unsafe.py")] and rules_in(after, "unsafe.py") == set()  # (the others' reports kept)
    assert check(capsys, "--no-cache")[1] == after


def test_a_helper_outside_the_checked_path_changing_changes_its_importer_s_flow(workspace, reads, capsys):
    helper = workspace / "helpers" / "params.py"
    _, before, _ = check(capsys)
    assert "python/security/tainted-command" in rules_in(before, "views.py")
    helper.write_text(CONSTANT)  # the helper returns a constant: no request data reaches the shell
    _, clean, _ = check(capsys)
    assert "python/security/tainted-command" not in rules_in(clean, "views.py")
    helper.write_text(READS_REQUEST)  # and back: the flow is there again
    _, again, _ = check(capsys)
    assert again == before
    reads.clear()
    assert check(capsys)[1] == before and reads == []


def test_a_config_change_is_checked_again(workspace, reads, capsys):
    _, before, _ = check(capsys)
    (workspace / ".postil.toml").write_text('ignore = ["python/security/eval-exec-non-literal"]\n')
    reads.clear()
    _, after, _ = check(capsys)
    assert len(reads) == MIN_FILES + 2
    assert "python/security/eval-exec-non-literal" in rules_in(before, "unsafe.py") - rules_in(after, "unsafe.py")
    reads.clear()
    assert check(capsys, "--ignore", "python/security/tainted-command")[1]["findings"] != after["findings"]
    assert len(reads) == MIN_FILES + 2  # options that change findings are part of the key


@pytest.mark.parametrize("damage", ["truncated", "corrupt", "foreign"])
def test_a_damaged_or_foreign_entry_is_ignored_with_one_line_and_rebuilt(workspace, reads, capsys, damage):
    first = check(capsys)
    [entry] = entries(workspace)
    data = entry.read_bytes()
    entry.write_bytes({"truncated": data[: len(data) // 2], "corrupt": data.replace(b'"', b"'"),
                       "foreign": b"postil-check-cache 0 " + data.partition(b" 1 ")[2]}[damage])
    reads.clear()
    code, report, err = check(capsys)
    assert (code, report) == first[:2] and len(reads) == MIN_FILES + 2
    assert err.count("ignoring cached results") == 1 and entry.name in err
    reads.clear()
    assert check(capsys) == first and reads == []  # rebuilt


def test_a_planted_entry_saying_all_clear_is_not_believed(workspace, reads, capsys):
    """A cache that came with the checkout, for files whose hashes the attacker knows: the entry
    the run would look up, saying there is nothing to report, signed with another key."""
    import hmac

    first = check(capsys)
    [entry] = entries(workspace)
    header, _, body = entry.read_bytes().partition(b"\n")
    content = json.loads(body)
    for report in content["reports"]:
        report["findings"] = []
    planted = json.dumps(content, separators=(",", ":")).encode()
    entry.write_bytes(b"postil-check-cache 1 " + hmac.new(os.urandom(32), planted, "sha256").hexdigest().encode()
                      + b"\n" + planted)
    code, report, err = check(capsys)
    assert (code, report) == first[:2] and report["findings"]
    assert "not signed with your key" in err


@pytest.mark.parametrize("planted", ["link out", "fifo"])
def test_a_link_or_fifo_in_an_entry_s_place_is_refused_once_then_replaced(workspace, reads, capsys, tmp_path, planted):
    """What postil would not write, put in an entry's place (by another process, or raced in): it
    was refused at every run ("ignoring cached results", "results not cached") and never replaced,
    and `postil cache clear` did not see it; the link's target is never touched."""
    first = check(capsys)
    [entry] = entries(workspace)
    entry.unlink()
    outside = tmp_path / "outside.txt"
    outside.write_text("not postil's\n")
    if planted == "fifo":
        os.mkfifo(entry)
    else:
        entry.symlink_to(outside)
    code, report, err = check(capsys)
    assert (code, report) == first[:2] and err.count("ignoring cached results") == 1
    assert "results not cached" not in err and entry.is_file() and not entry.is_symlink()
    reads.clear()
    assert check(capsys) == first and reads == []  # replaced by the run's own entry
    assert outside.read_text() == "not postil's\n"
    entry.unlink()
    os.mkfifo(entry)
    assert main(["cache", "clear"]) == 0 and not os.path.lexists(entry)


def test_a_killed_write_s_temporary_file_is_removed_by_a_later_run(workspace, capsys):
    """A check killed while it wrote its entry leaves write_atomic's temporary file: a later run
    that keeps its results removes it once it is old (a write under way, seconds old, stays)."""
    check(capsys)
    [entry] = entries(workspace)
    stale = entry.parent / f".{entry.name}.x1y2z3.tmp"
    fresh = entry.parent / f".{entry.name}.a4b5c6.tmp"
    stale.write_bytes(b"postil-check-cache 1 half")
    fresh.write_bytes(b"postil-check-cache 1 half")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    (workspace / "app" / "views.py").write_text((workspace / "app" / "views.py").read_text() + "\n")
    check(capsys)  # a new entry is written
    assert not stale.exists() and fresh.exists()
    assert main(["cache", "clear"]) == 0 and entries(workspace) == []


def test_a_committed_postil_directory_with_results_is_moved_aside_and_not_believed(workspace, capsys, tmp_path):
    first = check(capsys)
    clone = tmp_path / "clone"
    shutil.copytree(workspace, clone, symlinks=True)  # .postil/ and its entry came with the checkout
    for entry in entries(clone):
        body = entry.read_bytes().partition(b"\n")[2]
        content = json.loads(body)
        for report in content["reports"]:
            report["findings"] = []
        entry.write_bytes(b"postil-check-cache 1 0\n" + json.dumps(content).encode())
    os.chdir(clone)
    code, report, err = check(capsys)
    assert (clone / ".postil").is_dir() and list(clone.glob(".postil.foreign-*"))
    assert code == first[0] and report["findings"] and "moved it aside" in err


def test_a_read_only_cache_directory_says_nothing_is_cached_and_keeps_the_exit_code(workspace, reads, capsys):
    first = check(capsys)
    assert main(["cache", "clear"]) == 0 and entries(workspace) == []
    capsys.readouterr()
    directory = workspace / ".postil"
    with read_only(directory):
        code, report, err = check(capsys)
        assert (code, report) == first[:2]
        assert err.count("results not cached") == 1
        reads.clear()
        check(capsys)
        assert len(reads) == MIN_FILES + 2


def test_a_run_whose_worker_crashed_is_not_kept_and_a_skipped_file_is_said_again(workspace, monkeypatch, capsys):
    """A crash says the run is incomplete; the next run checks again rather than repeat it. A
    binary file is skipped in both, and said so."""
    (workspace / "app" / "blob.py").write_bytes(b"\0\1\2" * 10)
    checked = checker_module.Checker.check_file
    crash = workspace / "crash-once"
    crash.write_text("")

    def crashing(self, path, *args, **kwargs):
        if Path(path).name == "m3.py" and crash.exists():
            os._exit(9)
        return checked(self, path, *args, **kwargs)

    monkeypatch.setattr(checker_module.Checker, "check_file", crashing)
    code = main(["check", "app", "--format", "json", "--in-process"])  # (forked workers: see core.stoppable)
    first = json.loads(capsys.readouterr().out)["summary"]
    assert code == 1 and not first["complete"]
    crash.unlink()
    main(["check", "app", "--format", "json", "--in-process"])
    again = json.loads(capsys.readouterr().out)["summary"]
    assert again["complete"] and [s["path"] for s in again["files_skipped"]] == ["app/blob.py"]
    main(["check", "app", "--format", "json", "--in-process"])
    assert json.loads(capsys.readouterr().out)["summary"]["files_skipped"] == again["files_skipped"]


def test_a_few_files_are_checked_without_the_cache(workspace, capsys):
    main(["check", "app/unsafe.py", "--format", "json"])
    capsys.readouterr()
    assert entries(workspace) == []


class read_only:
    """``directory`` and everything under it cannot be written while the block runs (for root
    too: made immutable where permissions do not stop it)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.immutable = False

    def __enter__(self):
        for path in [self.directory, *self.directory.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        if os.access(self.directory, os.W_OK):  # root
            subprocess.run(["chattr", "-R", "+i", str(self.directory)], check=True, capture_output=True)
            self.immutable = True
        with pytest.raises(OSError):
            (self.directory / "probe").write_text("")
        return self

    def __exit__(self, *exc) -> None:
        if self.immutable:
            subprocess.run(["chattr", "-R", "-i", str(self.directory)], check=True, capture_output=True)
        for path in [self.directory, *self.directory.rglob("*")]:
            path.chmod(0o700 if path.is_dir() else 0o600)


def test_a_project_alias_config_changing_outside_the_checked_path_is_seen(tmp_path, monkeypatch, capsys):
    """A TypeScript route imports its helper through the `@/*` alias of a tsconfig.json that
    extends another, both outside the checked `src/routes/`: when the alias stops naming the
    helper, the flow through it is gone; when it names it again, it is back."""
    from tests.analyzers.rules.test_taint_path_aliases import (
        BASE,
        PARAMS,
        ROUTES,
        SHELL,
    )

    root = tmp_path / "logs"
    for name, text in {"tsconfig.base.json": BASE, "src/lib/params.ts": PARAMS, "src/lib/shell.ts": SHELL,
                       "tsconfig.json": '{ "extends": "./tsconfig.base.json" }\n', "src/routes/logs.ts": ROUTES,
                       **{f"src/routes/m{i}.ts": f"export const m{i} = {i};\n" for i in range(MIN_FILES)}}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    (root / ".git").mkdir()
    monkeypatch.chdir(root)

    def flows() -> set[str]:
        main(["check", "src/routes", "--format", "json", "--jobs", "1"])
        return {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}

    assert "js/security/tainted-command" in flows()
    (root / "tsconfig.base.json").write_text(BASE.replace('["./*"]', '["./elsewhere/*"]'))
    assert "js/security/tainted-command" not in flows()
    (root / "tsconfig.base.json").write_text(BASE)
    assert "js/security/tainted-command" in flows()
