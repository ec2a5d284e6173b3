"""`postil review --staged --fix`, `postil install-hook` and the hook in a real `git commit`."""

from __future__ import annotations

import os
import stat

import pytest

pytestmark = pytest.mark.slow  # real git repositories, and `postil review` in a subprocess

NONE_RULE = "python/correctness/none-equality-comparison"
BAD = "def f(x):\n    if x == None:\n        return 0\n    return x\n"
GOOD = "def f(x):\n    if x is None:\n        return 0\n    return x\n"


def test_fix_rewrites_and_restages_a_file_without_unstaged_changes(repo):
    repo.write("m.py", "def f(x):\n    return x\n")
    (repo.root / "m.py").chmod(0o755)
    repo.commit_all()
    repo.write("m.py", BAD)
    repo.git("add", "m.py")

    result = repo.review("--staged", "--fix")

    assert result.code == 0, result.stdout
    assert result.rules_at() == []
    assert result.json["summary"]["fixed"] == 1
    assert repo.read("m.py") == GOOD
    assert repo.staged("m.py") == GOOD
    assert repo.git("diff") == ""  # work tree and index agree: nothing left unstaged
    assert os.stat(repo.root / "m.py").st_mode & stat.S_IXUSR  # mode kept


def test_fix_refuses_when_the_file_has_unstaged_changes(repo):
    repo.write("m.py", "def f(x):\n    return x\n")
    repo.commit_all()
    repo.write("m.py", BAD)
    repo.git("add", "m.py")
    repo.write("m.py", BAD + "\n# work in progress, not staged\n")
    before = repo.state()

    result = repo.review("--staged", "--fix")

    assert result.code == 1
    assert result.rules_at() == [("m.py", 2, NONE_RULE)]
    assert result.json["summary"]["fixed"] == 0
    assert any(n.startswith("not fixed m.py: has unstaged changes") for n in result.json["summary"]["notes"])
    assert repo.state() == before
    assert repo.read("m.py").endswith("# work in progress, not staged\n")


def test_fix_only_touches_reported_findings(repo):
    repo.write("m.py", "def g(y):\n    return y == None\n")
    repo.commit_all()
    repo.write("m.py", "def g(y):\n    return y == None\n" + BAD)
    repo.git("add", "m.py")

    result = repo.review("--staged", "--fix")
    assert result.json["summary"]["fixed"] == 1
    assert repo.staged("m.py") == "def g(y):\n    return y == None\n" + GOOD  # the old line is left alone


def test_fix_is_refused_for_a_commit_range(repo):
    repo.write("m.py", "x = 1\n")
    repo.commit_all()
    result = repo.review("--diff", "HEAD", "--fix")
    assert result.code == 2 and "--fix" in result.stderr


def hook_path(repo):
    return repo.root / ".git" / "hooks" / "pre-commit"


def test_install_hook_fresh_and_idempotent(repo):
    first = repo.postil("install-hook")
    assert first.code == 0 and "installed" in first.stdout
    hook = hook_path(repo)
    text = hook.read_text()
    assert text.startswith("#!/bin/sh") and "review --staged" in text
    assert os.access(hook, os.X_OK)

    again = repo.postil("install-hook")
    assert again.code == 0 and "already installed" in again.stdout
    assert hook.read_text() == text


def test_install_hook_leaves_a_foreign_hook_and_says_how_to_call_postil_from_it(repo):
    hook = hook_path(repo)
    hook.parent.mkdir(parents=True, exist_ok=True)
    hook.write_text("#!/bin/sh\necho 'team hook'\n")

    refused = repo.postil("install-hook")
    assert refused.code == 1 and "postil review --staged || exit 1" in refused.stderr
    assert "--force" not in refused.stderr
    assert hook.read_text() == "#!/bin/sh\necho 'team hook'\n"
    assert not (hook.parent / "pre-commit.backup").exists()


def test_install_hook_respects_core_hookspath(repo):
    repo.git("config", "core.hooksPath", ".githooks")
    assert repo.postil("install-hook").code == 0
    assert "review --staged" in (repo.root / ".githooks" / "pre-commit").read_text()
    assert not hook_path(repo).exists()


def test_hook_blocks_a_commit_with_a_finding_and_honours_skip(repo):
    repo.write("ok.py", "x = 1\n")
    repo.commit_all("base")
    assert repo.postil("install-hook").code == 0
    head = repo.git("rev-parse", "HEAD")
    repo.write("bad.py", BAD)
    repo.git("add", "bad.py")

    blocked = repo.git_proc("commit", "-m", "add bad")
    assert blocked.returncode != 0
    assert repo.git("rev-parse", "HEAD") == head  # the commit did not happen
    assert NONE_RULE in blocked.stdout + blocked.stderr
    assert "bad.py:2:" in blocked.stdout + blocked.stderr

    other = repo.git_proc("commit", "-m", "skip another hook", env={"SKIP": "flake8"})
    assert other.returncode != 0  # SKIP names a different hook: still blocked

    skipped = repo.git_proc("commit", "-q", "-m", "skip it", env={"SKIP": "flake8, postil"})
    assert skipped.returncode == 0 and "skipped (SKIP=postil)" in skipped.stderr
    assert repo.git("rev-parse", "HEAD") != head


def test_hook_lets_a_clean_commit_through_and_no_verify_bypasses(repo):
    repo.write("ok.py", "x = 1\n")
    repo.commit_all("base")
    assert repo.postil("install-hook").code == 0
    repo.write("ok.py", "x = 2\n")
    repo.git("add", "ok.py")
    repo.git("commit", "-q", "-m", "clean")  # raises if the hook blocked it
    repo.write("bad.py", BAD)
    repo.git("add", "bad.py")
    repo.git("commit", "-q", "--no-verify", "-m", "bypass")
    assert "bypass" in repo.git("log", "-1", "--format=%s")



OLD_HOOK = """#!/bin/sh
# postil-hook: installed by `postil install-hook`
if [ -x {python} ]; then
    exec {python} -m postil review --staged
fi
exit 1
"""


def test_a_hook_from_an_older_postil_is_updated_before_a_repository_module_can_run_in_its_place(repo):
    """Hooks written before -P ran ``python -m postil`` from the repository's top directory, where
    a committed ``postil/__main__.py`` would run instead of postil. The next review updates it."""
    import sys

    repo.write("ok.py", "x = 1\n")
    repo.commit_all("base")
    hook = hook_path(repo)
    hook.parent.mkdir(parents=True, exist_ok=True)
    hook.write_text(OLD_HOOK.format(python=sys.executable))
    hook.chmod(0o755)

    updated = repo.review("--staged")
    assert updated.code == 0 and "updated the pre-commit hook" in updated.stderr
    assert "PYTHONSAFEPATH" in hook.read_text() and " -P -m postil" in hook.read_text()

    repo.write("postil/__init__.py", "")
    repo.write("postil/__main__.py", "open('pwned', 'w').write('ran')\n")
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "a repository shipping its own postil package")
    assert not (repo.root / "pwned").exists()
    assert "updated the pre-commit hook" not in repo.review("--staged").stderr  # once


def test_pre_commit_manifest_runs_review_staged_without_filenames():
    from pathlib import Path

    import yaml

    manifest = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"
    [hook] = yaml.safe_load(manifest.read_text())
    assert hook["id"] == "postil" and hook["entry"] == "postil review --staged"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    assert hook["stages"] == ["pre-commit"]


def test_hook_reviews_what_commit_all_is_about_to_commit(repo):
    # `git commit -a` commits from a temporary index (GIT_INDEX_FILE); the hook must review that.
    repo.write("m.py", "def f(x):\n    return x\n")
    repo.commit_all("base")
    assert repo.postil("install-hook").code == 0
    repo.write("m.py", BAD)  # modified but not staged

    blocked = repo.git_proc("commit", "-a", "-m", "all")
    assert blocked.returncode != 0 and NONE_RULE in blocked.stdout + blocked.stderr
    assert "return x\n" in repo.staged("m.py")  # the real index was left as it was
