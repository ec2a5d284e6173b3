"""git never runs a program a repository names (issue 30, item 1).

One checkout is both attacks at once: its ``.git/config`` was edited (as if shipped as a
tarball) and it commits ``tools/``, a folder laid out as a bare repository whose ``config``
sets ``core.worktree`` and a program in every key. Every key of ``postil.core.gitcmd``'s
table, and the keys the issue names, hold a program that leaves a mark saying which key and
which layout started it; every hook git knows is planted in both; ``.gitattributes`` sends
every file through those filter, diff and merge drivers (one of them defined in an included
file); HEAD's commit carries a signature for ``gpg.program``. Then every command that may
call git runs from the top and from inside ``tools/``, and ``postil serve`` opens a file with
LLM review set up in both workspaces: no mark may appear.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from postil import trust_store
from postil.core.gitcmd import PROGRAM_KEYS
from tests.server.lsp_harness import EDITORS, edit_and_save, open_doc, running, wait_for

pytestmark = pytest.mark.slow

GIT_ENV = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C.UTF-8",
           "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@example.com",
           "GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@example.com"}
# The keys the issue and git's documentation name, planted even if the table forgot them.
NAMED_IN_ISSUE = ("core.fsmonitor", "core.hooksPath", "core.pager", "pager.*", "diff.external", "diff.*.textconv",
                  "diff.*.command", "filter.*.clean", "filter.*.smudge", "filter.*.process", "core.sshCommand",
                  "gpg.program", "credential.helper", "core.editor", "sequence.editor", "uploadpack.packObjectsHook",
                  "core.alternateRefsCommand", "core.gitProxy", "merge.*.driver")
# Keys whose value is not a command line: what makes git start the programs planted elsewhere.
NOT_A_COMMAND = {"filter.*.required": "true", "log.showSignature": "true", "protocol.allow": "always",
                 "protocol.*.allow": "always", "submodule.recurse": "true", "gc.auto": "1",
                 "maintenance.auto": "true"}
HOOKS = ("applypatch-msg", "pre-applypatch", "post-applypatch", "pre-commit", "pre-merge-commit",
         "prepare-commit-msg", "commit-msg", "post-commit", "pre-rebase", "post-checkout", "post-merge",
         "pre-push", "pre-receive", "update", "proc-receive", "post-receive", "post-update",
         "reference-transaction", "push-to-checkout", "pre-auto-gc", "post-rewrite", "sendemail-validate",
         "fsmonitor-watchman", "p4-changelist", "p4-prepare-changelist", "p4-post-changelist", "p4-pre-submit",
         "post-index-change")
CODE = "def total(items):\n    result = 0\n    for item in items:\n        result += item.price\n    return result\n"
BAD = "def f(x):\n    if x == None:\n        return 0\n    return x\n"


def git(root: Path, *args: str, input: bytes | None = None) -> str:
    return subprocess.run(["git", *args], cwd=root, env=GIT_ENV, input=input, capture_output=True,
                          check=True).stdout.decode()


def program(progs: Path, marks: Path, name: str) -> str:
    """A program that leaves ``marks/name``; a filter's passes its input through."""
    path = progs / name.replace("/", "_")
    then = "exec cat" if "filter" in name else "exit 0"
    path.write_text(f"#!/bin/sh\n: > '{marks / name.replace('/', '_')}'\n{then}\n")
    path.chmod(0o755)
    return str(path)


def plant(config: Path, hooks: Path, progs: Path, marks: Path, layout: str) -> None:
    """A program in every key (``*`` as the driver ``evil``) and every hook, marked ``layout:key``."""
    hooks.mkdir(parents=True, exist_ok=True)
    for hook in HOOKS:
        os.link(program(progs, marks, f"{layout}:hook:{hook}"), hooks / hook)
    lines = []
    for key in sorted(set(PROGRAM_KEYS) | set(NAMED_IN_ISSUE)):
        concrete = key.replace("*", "evil")
        section, _, rest = concrete.partition(".")
        sub, _, name = rest.rpartition(".")
        if key == "core.hooksPath":
            value = str(hooks)
        elif key in NOT_A_COMMAND:
            value = NOT_A_COMMAND[key]
        else:
            value = ("!" if key == "submodule.*.update" else "") + program(progs, marks, f"{layout}:{concrete}")
        header = f'[{section} "{sub}"]' if sub else f"[{section}]"
        lines.append(f"{header}\n\t{name} = {value}\n")
    included = config.parent / "included.cfg"
    included.write_text(f"[filter \"inc\"]\n\tclean = {program(progs, marks, f'{layout}:included-filter')}\n")
    with config.open("a") as fh:
        fh.write("".join(lines) + f"[include]\n\tpath = {included}\n")


def sign(root: Path) -> None:
    """Give HEAD's commit a signature, so a log that shows signatures starts ``gpg.program``."""
    body = git(root, "cat-file", "commit", "HEAD")
    head, _, message = body.partition("\n\n")
    signature = "gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----"
    oid = git(root, "hash-object", "-t", "commit", "-w", "--stdin",
              input=f"{head}\n{signature}\n\n{message}".encode()).strip()
    git(root, "update-ref", "HEAD", oid)


@pytest.fixture
def hostile(tmp_path, fake):
    """(root, marks): the checkout described above, its config files trusted by the user."""
    root, progs, marks = tmp_path / "checkout", tmp_path / "progs", tmp_path / "marks"
    for d in (root, progs, marks):
        d.mkdir()
    llm = f'[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\nmodel = "m"\n'
    (root / ".postil.toml").write_text(llm + '[index]\nchroma-url = "http://127.0.0.1:9"\n')
    (root / "shop.py").write_text(CODE)
    (root / "notes.txt").write_text("notes\n")
    tools = root / "tools"
    (tools / "objects" / "info").mkdir(parents=True)
    (tools / "objects" / "info" / "packs").write_text("\n")
    (tools / "refs" / "heads").mkdir(parents=True)
    (tools / "refs" / "heads" / "main").write_text("0" * 40 + "\n")
    (tools / "HEAD").write_text("ref: refs/heads/main\n")
    (tools / "config").write_text("[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = ..\n")
    (tools / ".postil.toml").write_text(llm)
    (tools / "app.py").write_text(CODE)
    (root / ".gitattributes").write_text("* filter=evil diff=evil merge=evil\n*.txt filter=inc\n")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    git(root, "branch", "base")
    (root / "shop.py").write_text(CODE.replace("result = 0", "result = 0.0"))
    git(root, "commit", "-q", "-am", "second")
    sign(root)
    (root / "fixme.py").write_text(BAD)
    (root / "tools" / "app.py").write_text(CODE.replace("0", "1"))
    git(root, "add", "fixme.py", "tools/app.py")
    (root / "notes.txt").write_text("changed notes\n")  # unstaged: a diff of the work tree cleans it
    plant(root / ".git" / "config", root / ".git" / "hooks", progs, marks, "archive")
    plant(tools / "config", tools / "hooks", progs, marks, "bare")
    for path in (root / "shop.py", root / "notes.txt", tools / "app.py"):
        os.utime(path, (1_000_000_000, 1_000_000_000))  # stat-dirty: git must read the file again
    trust_store.record([root / ".postil.toml", tools / ".postil.toml"])
    return root, marks


def ran(marks: Path) -> list[str]:
    return sorted(p.name for p in marks.iterdir())


COMMANDS = [
    ("trust",), ("trust", "--list"),
    ("review", "--staged"), ("review", "--staged", "--no-llm"), ("review", "--staged", "--fix", "--no-llm"),
    ("review", "--diff", "HEAD~1"), ("review", "--base", "base", "--no-llm"), ("review", "--no-llm", "."),
    ("index",), ("search", "total"), ("context", "{file}:4"), ("doctor",), ("check", "."), ("install-hook",),
    ("stats",), ("cache", "clear"),
]


def every_command(places: list[tuple[Path, str]], marks: Path) -> dict[str, list[str]]:
    """Run every command in each (directory, a file there); "where: command" -> the keys whose
    programs it started."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    started = {}
    for cwd, file in places:
        for command in COMMANDS:
            args = [a.format(file=file) for a in command]
            done = subprocess.run([sys.executable, "-P", "-m", "postil", *args], cwd=cwd, env=env,
                                  capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
            assert "Traceback" not in done.stderr, (args, done.stderr)
            if ran(marks):
                started[f"{cwd.name}: postil {' '.join(args)}"] = ran(marks)
                for mark in marks.iterdir():
                    mark.unlink()
    return started


def test_no_command_runs_a_program_the_repository_names(hostile):
    root, marks = hostile
    assert every_command([(root, "shop.py"), (root / "tools", "app.py")], marks) == {}
    assert "x is None" in (root / "fixme.py").read_text()  # --fix rewrote and staged a file (git add ran)


def test_a_git_file_pointing_into_the_checkout_runs_nothing(hostile):
    """An archive's ``.git`` may be a file (``gitdir: PATH``, as in worktrees and submodules)
    naming a folder inside the checkout: that configuration is the repository's too."""
    root, marks = hostile
    (root / ".git").rename(root / "vendored.git")
    (root / ".git").write_text("gitdir: vendored.git\n")
    assert every_command([(root, "shop.py")], marks) == {}


def test_a_submodule_with_its_own_programs_runs_nothing(tmp_path, fake):
    """A dirty submodule: git would ask it for its status with a ``git status`` of its own,
    which reads the submodule's configuration (its filter here), not the command line's."""
    progs, marks = tmp_path / "progs", tmp_path / "marks"
    for d in (progs, marks):
        d.mkdir()
    library, root = tmp_path / "library", tmp_path / "app"
    library.mkdir()
    (library / "lib.py").write_text(CODE)
    (library / ".gitattributes").write_text("* filter=sub\n")
    git(library, "init", "-q")
    git(library, "add", "-A")
    git(library, "commit", "-q", "-m", "library")
    root.mkdir()
    (root / ".postil.toml").write_text(f'[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\n'
                                       'model = "m"\n')
    (root / "shop.py").write_text(CODE)
    git(root, "init", "-q")
    git(root, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library), "library")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "app")
    (root / "shop.py").write_text(CODE.replace("0", "1"))
    git(root, "add", "shop.py")
    with (root / ".git" / "modules" / "library" / "config").open("a") as fh:
        fh.write(f"[filter \"sub\"]\n\tclean = {program(progs, marks, 'submodule:filter.sub.clean')}\n")
    (root / "library" / "lib.py").write_text(CODE.replace("0", "2"))  # dirty: git would clean it to compare
    os.utime(root / "library" / "lib.py", (1_000_000_000, 1_000_000_000))
    trust_store.record([root / ".postil.toml"])
    assert every_command([(root, "shop.py")], marks) == {}


@pytest.mark.parametrize("workspace", ["", "tools"])
async def test_opening_a_file_in_the_server_runs_no_program_the_repository_names(hostile, fake, workspace):
    root, marks = hostile
    folder = root / workspace
    path = folder / ("app.py" if workspace else "shop.py")
    async with running(folder, EDITORS["neovim"]()) as client:
        uri = open_doc(client, path)
        edit_and_save(client, path, uri, path.read_text().replace("result += item.price", "result += item.price * 2"))
        await wait_for(client, lambda: fake.received, "the LLM review request", timeout=300)
        await wait_for(client, lambda: any(s.get("index", {}).get("state") == "ready" for s in client.record.statuses),
                       "the index built", timeout=300)
    assert ran(marks) == []


def blobs_named_17(count: int) -> list[bytes]:
    """Contents whose blob ids start with 17 (git's sample of loose objects for gc --auto)."""
    import hashlib

    found = []
    for i in range(1_000_000):
        data = b"%d\n" % i
        if hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest().startswith("17"):
            found.append(data)
            if len(found) == count:
                return found
    raise AssertionError("no such blobs")


# Each key, a git command that starts its program: (key, its value in the repository's config
# ({prog}: the planted program), attributes, what to do to f.txt first, the command, its stdin).
TRIGGERS = [
    ("core.fsmonitor", "{prog}", "", "modify", ["status"], None),
    ("core.hooksPath", "{hooks}", "", "stage", ["commit", "-q", "-m", "x"], None),
    ("filter.evil.clean", "{prog}", "* filter=evil", "modify", ["add", "f.txt"], None),
    ("filter.evil.process", "{prog}", "* filter=evil", "modify", ["add", "f.txt"], None),
    ("filter.evil.smudge", "{prog}", "* filter=evil", "remove", ["checkout", "--", "f.txt"], None),
    ("diff.evil.textconv", "{prog}", "* diff=evil", "modify", ["diff", "HEAD"], None),
    ("diff.evil.command", "{prog}", "* diff=evil", "modify", ["diff", "HEAD"], None),
    ("diff.external", "{prog}", "", "modify", ["diff", "HEAD"], None),
    ("merge.evil.driver", "{prog} %O %A %B", "* merge=evil", "", ["merge", "-q", "other"], None),
    ("core.editor", "{prog}", "", "stage", ["commit"], None),
    ("sequence.editor", "{prog}", "", "", ["rebase", "-q", "-i", "HEAD~1"], None),
    ("gpg.program", "{prog}", "", "", ["log", "--show-signature", "-1"], None),
    ("log.showSignature", "true", "", "", ["log", "-1"], None),  # with gpg.program planted
    ("core.sshCommand", "{prog}", "", "", ["ls-remote", "ssh://example.invalid/x"], None),
    ("core.gitProxy", "{prog}", "", "", ["ls-remote", "git://example.invalid/x"], None),
    ("protocol.ext.allow", "always", "", "", ["ls-remote", "ext::{prog} %S"], None),
    ("remote.evil.uploadpack", "{prog}", "", "", ["ls-remote", "evil"], None),
    ("credential.helper", "{prog}", "", "", ["credential", "fill"], b"protocol=https\nhost=example.com\n\n"),
    ("credential.https://example.com.helper", "{prog}", "", "", ["credential", "fill"],
     b"protocol=https\nhost=example.com\n\n"),
    ("core.askPass", "{prog}", "", "", ["credential", "fill"], b"protocol=https\nhost=example.com\n\n"),
    ("gc.auto", "1", "", "", ["gc", "--auto"], None),  # with the pre-auto-gc hook in .git/hooks
]


@pytest.mark.parametrize("key,value,attributes,prepare,args,stdin", TRIGGERS, ids=[t[0] for t in TRIGGERS])
def test_each_key_starts_its_program_in_git_but_not_through_postil(tmp_path, key, value, attributes, prepare,
                                                                   args, stdin):
    from postil.core import gitcmd

    root, progs, marks = tmp_path / "r", tmp_path / "progs", tmp_path / "marks"
    for d in (root, progs, marks):
        d.mkdir()
    git(root, "init", "-q", "-b", "main")
    for content, branch in (("one\n", "main"), ("theirs\n", "other"), ("ours\n", "main")):
        if branch == "other":
            git(root, "checkout", "-q", "-b", "other")
        elif content == "ours\n":
            git(root, "checkout", "-q", "main")
        (root / "f.txt").write_text(content)
        git(root, "add", "f.txt")
        git(root, "commit", "-q", "-m", content)
    sign(root)
    git(root, "remote", "add", "evil", str(root))
    if prepare in ("modify", "stage"):
        (root / "f.txt").write_text("changed\n")
        os.utime(root / "f.txt", (1_000_000_000, 1_000_000_000))
    if prepare == "stage":
        git(root, "add", "f.txt")
    if prepare == "remove":
        (root / "f.txt").unlink()
    prog = program(progs, marks, key)
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    for hook in HOOKS:
        os.link(prog, hooks / hook)
        os.link(prog, root / ".git" / "hooks" / hook)
    planted = {key: value.format(prog=prog, hooks=hooks)}
    if key == "log.showSignature":
        planted["gpg.program"] = prog
    if key == "gc.auto":  # git counts the loose objects in objects/17/: more than gc.auto/256 there
        for blob in blobs_named_17(2):
            git(root, "hash-object", "-w", "--stdin", input=blob)
        planted["gc.autoDetach"] = "false"
    for name, setting in planted.items():
        git(root, "config", name, setting)
    (root / ".git" / "info" / "attributes").write_text(attributes + "\n")
    args = [a.format(prog=prog) for a in args]
    env = {k: v for k, v in GIT_ENV.items() if k not in ("GIT_EDITOR", "VISUAL", "EDITOR", "GIT_ASKPASS",
                                                         "SSH_ASKPASS", "GIT_SEQUENCE_EDITOR", "GIT_SSH_COMMAND")}
    snapshot = tmp_path / "snapshot"
    subprocess.run(["cp", "-a", str(root), str(snapshot)], check=True)

    subprocess.run(["git", *args], cwd=snapshot, env=env, input=stdin, capture_output=True, timeout=60)
    assert ran(marks) == [key.replace("/", "_")]  # git itself starts it: the planted key is live
    (marks / key.replace("/", "_")).unlink()

    gitcmd.run(root, args, input=stdin, check=False)
    assert ran(marks) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a repository to another user needs root")
def test_another_users_repository_is_used_only_when_safe_directory_names_it(tmp_path):
    """An explicit --git-dir skips git's ownership check, so postil keeps it: a ``.git`` of another
    user's above the current directory (``/tmp/.git`` on a shared machine) is not used."""
    import shutil

    root = tmp_path / "shared"
    root.mkdir()
    git(root, "init", "-q")
    (root / "m.py").write_text(BAD)
    git(root, "add", "m.py")
    for path in (root, *root.rglob("*")):
        shutil.chown(path, user="nobody")
    env = {**GIT_ENV, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    def review() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-P", "-m", "postil", "review", "--staged", "--no-llm"], cwd=root,
                              env=env, capture_output=True, text=True, timeout=120)

    refused = review()
    assert refused.returncode == 2 and "belongs to another user" in refused.stderr
    assert f"safe.directory {root}" in refused.stderr
    allowed = tmp_path / "gitconfig"
    allowed.write_text(f"[safe]\n\tdirectory = {root}\n")
    env["GIT_CONFIG_GLOBAL"] = str(allowed)
    assert "none-equality-comparison" in review().stdout
