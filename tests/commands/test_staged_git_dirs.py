"""A ``.git`` that is a file (``gitdir: PATH``) or a link names a git directory elsewhere. A linked
worktree's and a submodule's name their work tree back and keep working; a checkout from an
archive whose ``.git`` names another repository on the machine (``gitdir: ../work/.git``) made
``postil review --staged`` review that repository's index, and ``--fix`` stage into it. git is
not run there unless the user's ``safe.directory`` names the work tree."""

from __future__ import annotations

import shutil

import pytest

from tests.commands.conftest import Repo, make_repo

pytestmark = pytest.mark.slow  # real git repositories, and `postil review` in a subprocess

RISKY = "import os\n\n\ndef run(command):\n    os.system(command)\n"
RULE = "python/security/subprocess-shell-function"


def _victim(tmp_path):
    """A repository of the user's with a risky change staged."""
    victim = make_repo(tmp_path / "work")
    victim.write("app.py", "x = 1\n")
    victim.commit_all()
    victim.write("app.py", RISKY)
    victim.git("add", "app.py")
    return victim


@pytest.mark.parametrize("layout", ["gitdir file", "relative gitdir file", "link"])
def test_a_checkout_naming_another_repository_is_not_reviewed_as_it(tmp_path, layout):
    victim = _victim(tmp_path)
    before = victim.state()
    checkout = make_repo(tmp_path / "downloaded")  # an archive's files, its .git replaced below
    checkout.write("app.py", RISKY)
    dot_git = checkout.root / ".git"
    shutil.rmtree(dot_git)
    if layout == "link":
        dot_git.symlink_to(victim.root / ".git")
    else:
        named = "../work/.git" if layout == "relative gitdir file" else str(victim.root / ".git")
        dot_git.write_text(f"gitdir: {named}\n")

    result = checkout.postil("review", "--staged", "--fix")

    assert result.code == 2 and "git is not run there" in result.stderr
    assert "does not name this work tree back" in result.stderr and str(dot_git) in result.stderr
    assert victim.state() == before


def test_the_users_safe_directory_lets_it_be_reviewed(tmp_path):
    victim = _victim(tmp_path)
    checkout = make_repo(tmp_path / "separate")
    shutil.rmtree(checkout.root / ".git")
    (checkout.root / ".git").write_text(f"gitdir: {victim.root / '.git'}\n")
    user = tmp_path / "gitconfig"
    user.write_text(f"[safe]\n\tdirectory = {checkout.root}\n")

    result = checkout.review("--staged", env={"GIT_CONFIG_GLOBAL": str(user)})

    assert result.code == 1 and [rule for _, _, rule in result.rules_at()] == [RULE]


def test_a_linked_worktree_and_a_submodule_are_reviewed(tmp_path):
    main = make_repo(tmp_path / "main")
    main.write("app.py", "x = 1\n")
    main.commit_all()
    main.git("worktree", "add", "-q", str(tmp_path / "linked"), "-b", "feature")
    linked = Repo(tmp_path / "linked")
    linked.write("app.py", RISKY)
    linked.git("add", "app.py")

    worktree = linked.review("--staged")

    assert worktree.code == 1 and [rule for _, _, rule in worktree.rules_at()] == [RULE]
    library = make_repo(tmp_path / "library")
    library.write("lib.py", "y = 2\n")
    library.commit_all()
    main.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library.root), "lib")
    sub = Repo(main.root / "lib")
    assert (sub.root / ".git").is_file()
    sub.write("lib.py", RISKY)
    sub.git("add", "lib.py")

    submodule = sub.review("--staged")

    assert submodule.code == 1 and [rule for _, _, rule in submodule.rules_at()] == [RULE]
