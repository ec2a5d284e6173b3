"""The commands a user and the pre-commit hook run most start like ruff's (issue 34): each
imports only what it needs. Counted, not timed: the real CLI runs under ``python -X importtime``
and the modules it loaded are read from what Python reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # real CLI subprocesses and git repositories

# What no quick command needs: validation and LSP libraries, the index, the model SDKs (PyYAML is
# needed once, to parse the rule packs into postil's cache).
HEAVY = ("pydantic", "pydantic_core", "lsprotocol", "pygls", "cattrs", "chromadb", "openai", "anthropic", "httpx",
         "rich", "numpy", "onnxruntime", "postil.server", "postil.rag", "postil.analyzers.llm.reviewer",
         "postil.analyzers.llm.providers")


def imported(*args: str, cwd: Path, env: dict | None = None) -> tuple[subprocess.CompletedProcess, set[str]]:
    """Run ``python -X importtime -P -m postil ARGS``; (the run, every module it imported)."""
    run = subprocess.run([sys.executable, "-X", "importtime", "-P", "-m", "postil", *args], cwd=cwd, env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    modules = {line.rsplit("|", 1)[1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}
    return run, modules


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args], cwd=repo, check=True,
                   capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A committed project with a config file that changes what is reported."""
    repo = tmp_path / "project"
    repo.mkdir()
    (repo / "app.py").write_text("import os\n\ndef run(code):\n    return eval(code)\n\nok = os.name == None\n")
    (repo / "pyproject.toml").write_text('[tool.postil]\nignore = ["python/correctness"]\nmax-file-size = 500000\n')
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "start")
    return repo


def test_version_imports_no_command():
    run, modules = imported("--version", cwd=Path.cwd())
    assert run.returncode == 0 and run.stdout.startswith("postil ")
    assert not [m for m in modules if m.startswith(("postil.commands", "postil.analyzers"))]
    assert heavy(modules) == []


def test_check_reads_the_config_and_finds_without_pydantic_or_any_heavy_library(repo: Path):
    run, modules = imported("check", "--format", "json", "app.py", cwd=repo)
    rules = {finding["rule"] for finding in json.loads(run.stdout)["findings"]}
    assert run.returncode == 1 and "python/security/eval-exec-non-literal" in rules
    assert not any(rule.startswith("python/correctness") for rule in rules)  # the config's ignore applied
    assert heavy(modules) == []
    assert "pathspec" not in modules  # the default test-paths are name globs (postil.core.name_globs)
    assert not {"logging", "subprocess"} & modules  # nothing logged, no git run: ~8 ms of imports
    assert "postil.config.editor" not in modules  # the editor's settings model is the server's (~1 ms)


def test_a_check_without_a_config_file_on_a_warm_cache_imports_no_toml_parser_and_nothing_to_write(repo: Path):
    """Most checks find no config file and write nothing once the user's cache is warm: tomllib
    (with datetime), tempfile (with random) and shutil (argparse's width; with bz2 and lzma) are
    ~6 ms of imports they do not need."""
    (repo / "pyproject.toml").unlink()
    first, _ = imported("check", "--format", "json", "app.py", cwd=repo)  # fills the cache
    run, modules = imported("check", "--format", "json", "app.py", cwd=repo)
    findings = json.loads(run.stdout)["findings"]
    assert findings == json.loads(first.stdout)["findings"]
    assert "python/security/eval-exec-non-literal" in {finding["rule"] for finding in findings}
    assert sorted({"tomllib", "tempfile", "shutil", "queue"} & modules) == []
    # the built-in rules come built from the cache: nothing that reads rule files is imported
    assert sorted({"postil.analyzers.rules.semgrep", "postil.core.web_address", "yaml"} & modules) == []


PARSE_PROBE = """import sys
from re import _parser
parse = _parser.parse
_parser.parse = lambda pattern, *a, **k: sys.stderr.write(f"PARSED {pattern!r}\\n") and parse(pattern, *a, **k)
sys.argv = ['postil', *sys.argv[1:]]
from postil.cli import program
program()
"""


def test_a_warm_check_parses_no_regular_expression_but_argparse_s(repo: Path):
    """The patterns kept by regex_code cover those compiled as dataclasses, json and the terminal
    guard are imported (~2 ms CPU parsing a dozen patterns on each run): only gettext's, which
    argparse brings in before anything can be installed, is parsed again."""
    runs = [subprocess.run([sys.executable, "-P", "-c", PARSE_PROBE, "check", "--format", "json", "app.py"], cwd=repo,
                           capture_output=True, text=True) for _ in range(2)]
    assert runs[1].returncode == 1 and json.loads(runs[1].stdout)["findings"]
    parsed = [line for line in runs[1].stderr.splitlines() if line.startswith("PARSED ")]
    assert len(parsed) <= 1 and all("WHITESPACES" in line for line in parsed), parsed


def test_a_fix_is_checked_with_the_grammar_alone(repo: Path):
    run, modules = imported("check", "--format", "json", "--select", "python/correctness/none-equality-comparison",
                            "app.py", cwd=repo)
    [finding] = json.loads(run.stdout)["findings"]
    assert finding["fix"] is not None  # offered: the fixed file parsed cleanly
    assert "tree_sitter_language_pack" not in modules  # its package import is ~11 ms


def test_a_bad_config_value_is_named_without_pydantic(repo: Path):
    (repo / "pyproject.toml").write_text('[tool.postil]\nmax-file-size = 0\n[tool.postil.llm]\nprovider = "gpt"\n')
    run, modules = imported("check", "app.py", cwd=repo)
    assert run.returncode == 2
    assert "[tool.postil] max-file-size: must be greater than 0" in run.stderr
    assert heavy(modules) == []


def test_review_of_nothing_staged_loads_no_model_stack_even_with_a_provider(repo: Path, user_config_home: Path):
    (user_config_home / "postil").mkdir(parents=True, exist_ok=True)
    (user_config_home / "postil" / "config.toml").write_text(
        '[llm]\nprovider = "openai-compatible"\nbase-url = "http://127.0.0.1:9/v1"\nmodel = "m"\n')
    env = {**os.environ, "POSTIL_LLM_API_KEY": "placeholder"}
    run, modules = imported("review", "--staged", cwd=repo, env=env)
    assert run.returncode == 0 and "0 files" in run.stdout, run.stderr
    assert heavy(modules) == []
    assert not [m for m in modules if m.startswith("postil.analyzers.llm.") and m != "postil.analyzers.llm.answer_schema"]


def test_review_of_nothing_staged_builds_no_rules(repo: Path):
    """A commit that stages nothing reviewable pays neither for the rule engine nor for the
    rule packs and secret detectors (~100 ms CPU of a ~300 ms start): no checker is built."""
    run, modules = imported("review", "--staged", cwd=repo)
    assert run.returncode == 0 and "0 files" in run.stdout, run.stderr
    engine = ("postil.analyzers.rules.engine", "postil.analyzers.rules.loader", "postil.analyzers.rules.secrets",
              "postil.analyzers.rules.taint", "ast_grep_py", "yaml", "pathspec")
    assert sorted(modules & set(engine)) == []


def test_check_of_a_file_without_security_findings_compiles_no_ignore_patterns(repo: Path):
    """test-paths only matter to security findings (the test-code policy): a file without any,
    named on the command line, needs no gitignore matcher, nor pathspec's ~20 ms import."""
    (repo / "lib.py").write_text("import os\n\nok = os.name == None\n")
    (repo / "pyproject.toml").write_text("[tool.postil]\n")
    run, modules = imported("check", "--format", "json", "lib.py", cwd=repo)
    assert [f["rule"] for f in json.loads(run.stdout)["findings"]] == ["python/correctness/none-equality-comparison"]
    assert "pathspec" not in modules


def test_a_search_imports_neither_the_baseline_nor_the_rule_engine(repo: Path):
    assert subprocess.run([sys.executable, "-P", "-m", "postil", "index"], cwd=repo, capture_output=True).returncode == 0
    run, modules = imported("search", "--no-update", "--json", "run", cwd=repo)
    assert run.returncode == 0 and json.loads(run.stdout)[0]["path"] == "app.py"
    assert not {"postil.analyzers.baseline", "postil.analyzers.rules.engine", "chromadb", "numpy"} & modules
    # nor, once the user's cache holds what a search compiles, the secret detectors' module when the
    # project adds none, nor `secrets` and `random` (for what a search never writes)
    run, modules = imported("search", "--no-update", "--json", "run", cwd=repo)
    assert run.returncode == 0 and json.loads(run.stdout)[0]["path"] == "app.py"
    assert not {"postil.analyzers.rules.secret_formats", "secrets", "random"} & modules


PROBE = """import atexit, os, sys
write = os.write
sys.addaudithook(lambda event, args: event == 'cpython.PyInterpreterState_Clear' and write(2, b'TEARDOWN'))
atexit.register(lambda: write(2, b'ATEXIT'))
sys.argv = ['postil', *sys.argv[1:]]
from postil.cli import program
program()
"""


def test_a_finished_check_or_search_exits_without_tearing_the_interpreter_down(repo: Path):
    """~30 ms CPU of a one-file check (~20 ms of a search) went to freeing every module at exit;
    the output, exit code and exit handlers stay, and other commands exit as Python does."""
    check = subprocess.run([sys.executable, "-P", "-c", PROBE, "check", "--format", "json", "app.py"], cwd=repo,
                           capture_output=True, text=True)
    assert check.returncode == 1 and json.loads(check.stdout)["findings"]
    assert "ATEXIT" in check.stderr and "TEARDOWN" not in check.stderr
    assert subprocess.run([sys.executable, "-P", "-m", "postil", "index"], cwd=repo, capture_output=True).returncode == 0
    search = subprocess.run([sys.executable, "-P", "-c", PROBE, "search", "--json", "run"], cwd=repo, capture_output=True,
                            text=True)
    assert search.returncode == 0 and json.loads(search.stdout)[0]["path"] == "app.py"
    assert "ATEXIT" in search.stderr and "TEARDOWN" not in search.stderr
    listed = subprocess.run([sys.executable, "-P", "-c", PROBE, "rules", "list"], cwd=repo, capture_output=True, text=True)
    assert listed.returncode == 0 and "ATEXIT" in listed.stderr and "TEARDOWN" in listed.stderr
