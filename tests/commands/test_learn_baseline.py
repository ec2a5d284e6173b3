"""The team's baseline (issue 36): `postil dismiss` and `postil baseline` write the committed
.postil-baseline; check honours it in every clone; stale entries are listed and pruned; the
file is data that can only hide the findings it names."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EVAL = "import os\n\n\ndef run(command):\n    return eval(command)\n"
EVAL_RULE = "python/security/eval-exec-non-literal"


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=cwd,
                          check=True, capture_output=True, text=True).stdout


def repository(path: Path, files: dict[str, str]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    for name, text in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text)
    git(path, "add", "-A")
    git(path, "commit", "-qm", "start")
    return path


def findings(postil, cwd: Path, *args: str) -> list[dict]:
    run = postil("check", "--format", "json", "--exit-zero", *args, cwd=cwd)
    assert run.code == 0, run.stderr
    return run.json["findings"]


def test_a_dismissal_made_in_one_clone_is_honoured_in_another_after_a_pull(postil, tmp_path):
    origin = repository(tmp_path / "origin", {"app.py": EVAL})
    git(tmp_path, "clone", "-q", "--bare", str(origin), str(tmp_path / "shared.git"))
    alice, bob = tmp_path / "alice", tmp_path / "bob"
    for clone in (alice, bob):
        git(tmp_path, "clone", "-q", str(tmp_path / "shared.git"), str(clone))
    [found] = findings(postil, alice)
    assert found["rule"] == EVAL_RULE

    dismissed = postil("dismiss", found["fingerprint"], "--reason", "commands come from our own config", cwd=alice)
    assert dismissed.code == 0, dismissed.stderr
    assert findings(postil, alice) == []
    git(alice, "add", ".postil-baseline", ".gitattributes")
    git(alice, "commit", "-qm", "let eval be")
    git(alice, "push", "-q", "origin", "HEAD:main")

    assert [f["fingerprint"] for f in findings(postil, bob)] == [found["fingerprint"]]  # before the pull
    git(bob, "pull", "-q", "origin", "main")
    assert findings(postil, bob) == []
    line = next(l for l in (bob / ".postil-baseline").read_text().splitlines() if not l.startswith("#"))
    assert line.split("\t") == [found["fingerprint"], EVAL_RULE, "app.py", "commands come from our own config"]


def test_two_clones_dismissals_merge_without_conflict(postil, tmp_path):
    both = {"a.py": EVAL, "b.py": EVAL.replace("command", "cmd")}
    origin = repository(tmp_path / "origin", both)
    git(tmp_path, "clone", "-q", "--bare", str(origin), str(tmp_path / "shared.git"))
    alice, bob = tmp_path / "alice", tmp_path / "bob"
    for clone in (alice, bob):
        git(tmp_path, "clone", "-q", str(tmp_path / "shared.git"), str(clone))
    by_path = {f["path"]: f["fingerprint"] for f in findings(postil, alice)}
    assert set(by_path) == {"a.py", "b.py"}
    for clone, name in ((alice, "a.py"), (bob, "b.py")):
        assert postil("dismiss", by_path[name], cwd=clone).code == 0
        git(clone, "add", "-A")
        git(clone, "commit", "-qm", f"dismiss in {name}")
    git(alice, "push", "-q", "origin", "HEAD:main")
    git(bob, "pull", "-q", "--no-rebase", "origin", "main")  # both added a line at the same place of a new file

    assert findings(postil, bob) == []
    assert "<<<<<<<" not in (bob / ".postil-baseline").read_text()


def test_baseline_then_check_reports_nothing_and_then_only_a_new_finding(postil, tmp_path):
    tree = tmp_path / "tree"
    shutil.copytree(FIXTURES, tree)
    repository(tree, {})
    before = findings(postil, tree)
    assert len(before) > 20  # a real tree with many findings of many rules

    recorded = postil("baseline", cwd=tree)
    assert recorded.code == 0, recorded.stderr
    assert f"{len(before)} finding(s) recorded" in recorded.stdout
    clean = postil("check", cwd=tree)
    assert clean.code == 0 and "no findings" in clean.stdout

    (tree / "added.py").write_text(EVAL)
    [new] = findings(postil, tree)
    assert (new["path"], new["rule"]) == ("added.py", EVAL_RULE)


def test_entries_survive_line_moves_and_any_working_directory(postil, tmp_path):
    repo = repository(tmp_path / "repo", {"pkg/app.py": EVAL})
    [found] = findings(postil, repo)
    assert postil("dismiss", found["fingerprint"], cwd=repo).code == 0
    (repo / "pkg" / "app.py").write_text("# a header\n\n\n" + EVAL.replace("import os\n", "import os\nimport sys\n"))
    assert findings(postil, repo) == []
    assert findings(postil, repo / "pkg", ".") == []
    assert findings(postil, tmp_path, "repo/pkg/app.py") == []
    # a second eval of the same text is another finding: the entry hides only the one it names
    (repo / "pkg" / "app.py").write_text(EVAL + "\n\ndef again(command):\n    return eval(command)\n")
    assert [f["line"] for f in findings(postil, repo)] == [9]


def test_stale_entries_are_listed_and_pruned(postil, tmp_path):
    repo = repository(tmp_path / "repo", {"a.py": EVAL, "b.py": EVAL})
    assert postil("baseline", cwd=repo).code == 0
    assert postil("baseline", "--stale", cwd=repo).code == 0
    (repo / "a.py").write_text("def run(command):\n    return command\n")  # fixed
    (repo / "b.py").unlink()  # gone

    stale = postil("baseline", "--stale", cwd=repo)
    assert stale.code == 1
    assert [line.split()[1] for line in stale.stdout.splitlines() if line.startswith("stale:")] == ["a.py", "b.py"]
    pruned = postil("baseline", "--prune", cwd=repo)
    assert pruned.code == 0 and "removed 2 stale entries" in pruned.stdout
    assert [l for l in (repo / ".postil-baseline").read_text().splitlines() if not l.startswith("#")] == []
    assert postil("baseline", "--stale", cwd=repo).code == 0


def test_a_hostile_baseline_hides_only_what_its_valid_lines_name(postil, tmp_path):
    repo = repository(tmp_path / "repo", {"app.py": EVAL, "other.py": EVAL.replace("command", "c")})
    by_path = {f["path"]: f for f in findings(postil, repo)}
    good = by_path["app.py"]
    (repo / ".postil-baseline").write_text(
        f"{good['fingerprint']}\t{EVAL_RULE}\tapp.py\t\x1b]0;owned\x07 reason\n"
        f"{by_path['other.py']['fingerprint']}\t{EVAL_RULE}\t../../other.py\toutside\n"  # a path outside: left out
        "*\t*\t*\thide everything\n"
        "$(touch pwned)\t`touch pwned`\t/etc/passwd\t; rm -rf /\n")
    run = postil("check", "--format", "json", "--exit-zero", cwd=repo)
    assert [f["path"] for f in run.json["findings"]] == ["other.py"]
    assert "outside the workspace" in run.stderr and "\x1b" not in run.stderr
    assert not (repo / "pwned").exists() and not (tmp_path / "pwned").exists()
    assert git(repo, "status", "--porcelain") == "?? .postil-baseline\n"  # checking wrote nothing


@pytest.mark.parametrize("kind", ["binary", "huge", "fifo", "link-out"])
def test_a_baseline_that_cannot_be_read_hides_nothing_and_says_so(postil, tmp_path, kind):
    repo = repository(tmp_path / "repo", {"app.py": EVAL})
    [found] = findings(postil, repo)
    line = f"{found['fingerprint']}\t{EVAL_RULE}\tapp.py\tr\n"
    target = repo / ".postil-baseline"
    if kind == "binary":
        target.write_bytes(line.encode() + b"\0" * 100)
    elif kind == "huge":
        with target.open("w") as fh:
            fh.write(line)
            fh.truncate(9_000_000)
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        (tmp_path / "elsewhere").write_text(line)
        target.symlink_to(tmp_path / "elsewhere")
    run = postil("check", "--format", "json", "--exit-zero", "app.py", cwd=repo)
    assert [f["fingerprint"] for f in run.json["findings"]] == [found["fingerprint"]]
    assert "hides nothing" in run.stderr
    refused = postil("dismiss", found["fingerprint"], cwd=repo)  # never overwritten while unreadable
    assert refused.code == 2 and "fix or remove it first" in refused.stderr


def test_dismiss_names_an_unknown_fingerprint(postil, tmp_path):
    repo = repository(tmp_path / "repo", {"app.py": EVAL})
    run = postil("dismiss", "0123456789abcdef0123", cwd=repo)
    assert run.code == 2 and "no current finding has fingerprint" in run.stderr
    assert not (repo / ".postil-baseline").exists()


@pytest.mark.parametrize("kind", ["fifo", "link-out", "directory"])
def test_a_gitattributes_that_is_not_a_plain_file_is_left_alone(postil, tmp_path, kind):
    repo = repository(tmp_path / "repo", {"app.py": EVAL})
    [found] = findings(postil, repo)
    attributes = repo / ".gitattributes"
    if kind == "fifo":
        os.mkfifo(attributes)
    elif kind == "directory":
        attributes.mkdir()
    else:
        (tmp_path / "outside").write_text("* text=auto\n")
        attributes.symlink_to(tmp_path / "outside")
    dismissed = postil("dismiss", found["fingerprint"], cwd=repo)
    assert dismissed.code == 0 and "Traceback" not in dismissed.stderr, dismissed.stderr
    assert findings(postil, repo) == []
    if kind == "link-out":
        assert (tmp_path / "outside").read_text() == "* text=auto\n"


def test_the_staged_review_the_hook_runs_reports_only_new_findings(postil, tmp_path):
    repo = repository(tmp_path / "repo", {"src/app.py": EVAL})
    assert postil("baseline", cwd=repo).code == 0
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "baseline")
    (repo / "src" / "app.py").write_text("# moved down\n" + EVAL + "\n\ndef again(text):\n    return eval(text)\n")
    git(repo, "add", "src/app.py")
    for cwd in (repo, repo / "src"):
        staged = postil("review", "--staged", "--all-lines", "--no-llm", "--format", "json", cwd=cwd)
        assert [(f["rule"], f["line"]) for f in staged.json["findings"]] == [(EVAL_RULE, 10)], staged.stderr


def test_a_model_finding_dismissed_on_the_command_line_stays_hidden_in_a_fresh_clone(postil, tmp_path, fake):
    from tests.analyzers.llm.fake_provider import finding

    repo = repository(tmp_path / "repo", {"pricing.py": "def discount(price, percent):\n"
                                                         "    return price - price * percent / 10\n"})
    env = {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
           "POSTIL_LLM_MODEL": "m", "POSTIL_LLM_API_KEY": "sk-test"}

    def review() -> subprocess.CompletedProcess:
        fake.answer(finding("    return price - price * percent / 10", "Divides by 10, not 100", category="bug"))
        return subprocess.run([sys.executable, "-P", "-m", "postil", "review", "pricing.py", "--format", "json"],
                              cwd=repo, capture_output=True, text=True, env={**os.environ, **env}, timeout=120)

    [shown] = [f for f in json.loads(review().stdout)["findings"] if f["source"] == "llm"]
    dismissed = postil("dismiss", shown["fingerprint"], "--reason", "percent is a tenth here", cwd=repo)
    assert dismissed.code == 0, dismissed.stderr
    assert f"{shown['fingerprint']}\tllm/bug\tpricing.py\tpercent is a tenth here" in (repo / ".postil-baseline").read_text()
    shutil.rmtree(repo / ".postil")  # a fresh clone: none of this machine's state
    again = json.loads(review().stdout)
    assert [f for f in again["findings"] if f["source"] == "llm"] == []
    assert len(fake.received) == 2  # asked again (nothing cached), and the answer hidden by the file
