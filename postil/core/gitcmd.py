"""The one way postil runs git: on the repository whose ``.git`` sits at a root postil
found, never starting a program the repository names.

A checkout shipped as an archive keeps its ``.git/config``, and a clone can commit a folder
laid out as a bare repository: either can name programs git starts by itself
(``core.fsmonitor``, hooks, filters, diff drivers, pagers, ...). So git is run here

* only where ``<root>/.git`` exists, with ``--git-dir=<root>/.git --work-tree=<root>``:
  git never discovers a repository by itself (``safe.bareRepository=explicit`` for the
  processes git starts, such as a submodule's);
* with every key of :data:`PROGRAM_KEYS` set on the command line to a value that starts
  nothing (the command line wins over every configuration file): the keys without a driver
  name always, and each driver or tool the repository's own configuration names (read with
  ``git config --list``, which runs no program) by its name, through ``--config-env`` so a
  name holding ``=`` cannot change which key is meant. The user's own (system, global,
  command-line) drivers are kept;
* with stdin closed (a configuration file cannot include the editor's stdin) and a time limit;
* from PATH's absolute directories only (see :mod:`postil.core.programs`);
* not at all on another user's repository unless the user's ``safe.directory`` names it,
  as git itself decides when it finds a repository;
* not at all where ``.git`` is a file or link naming a git directory that does not name this
  work tree back (as a linked worktree's and a submodule's do), unless the user's
  ``safe.directory`` names the work tree: a checkout can point at another repository.

What git prints is the repository's text too: :class:`GitError` carries it with control
characters escaped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from postil.core.atomic import within
from postil.core.programs import which
from postil.core.terminal import terminal
from postil.core.upward import nearest_up

if TYPE_CHECKING:
    import subprocess

# Every configuration key that makes git start a program (git-config(1), gitattributes(5),
# githooks(5) of git 2.39), with a value that switches it off. ``*`` stands for a driver, tool,
# remote or command name. Transport (ssh, proxies, remote helpers, credential helpers, ext::)
# is closed by protocol.allow=never as well.
PROGRAM_KEYS: dict[str, str] = {
    "core.fsmonitor": "false",
    "core.hooksPath": os.devnull,  # hooks are looked up under a file: there are none
    "core.pager": "",
    "pager.*": "",
    "core.editor": ":",  # git's own "do not start an editor"
    "sequence.editor": ":",
    "core.askPass": "",
    "core.sshCommand": "",
    "core.gitProxy": "",
    "core.alternateRefsCommand": "",
    "credential.helper": "",  # an empty value empties the list of helpers
    "credential.*.helper": "",
    "diff.external": "",
    "diff.*.command": "",
    "diff.*.textconv": "",
    "diff.tool": "",
    "diff.guitool": "",
    "difftool.*.cmd": "",
    "difftool.*.path": "",
    "merge.*.driver": "",
    "merge.tool": "",
    "merge.guitool": "",
    "mergetool.*.cmd": "",
    "mergetool.*.path": "",
    "filter.*.clean": "",
    "filter.*.smudge": "",
    "filter.*.process": "",
    "filter.*.required": "false",  # an emptied filter is not a failed one
    "interactive.diffFilter": "",
    "gpg.program": "",
    "gpg.*.program": "",
    "gpg.ssh.defaultKeyCommand": "",
    "log.showSignature": "false",
    "trailer.*.command": "",
    "trailer.*.cmd": "",
    "tar.*.command": "",
    "remote.*.uploadpack": "",
    "remote.*.receivepack": "",
    "remote.*.vcs": "",
    "protocol.allow": "never",
    "protocol.*.allow": "never",
    "uploadpack.packObjectsHook": "",
    "submodule.*.update": "none",
    "submodule.recurse": "false",
    "gc.auto": "0",  # auto gc and maintenance start more git processes and the pre-auto-gc hook
    "maintenance.auto": "false",
    "imap.tunnel": "",
    "sendemail.smtpServer": "",
    "sendemail.toCmd": "",
    "sendemail.ccCmd": "",
    "sendemail.headerCmd": "",
    "sendemail.*.smtpServer": "",
    "web.browser": "",
    "help.browser": "",
    "browser.*.cmd": "",
    "browser.*.path": "",
    "man.viewer": "",
    "man.*.cmd": "",
    "man.*.path": "",
    "instaweb.httpd": "",
    "instaweb.browser": "",
    "guitool.*.cmd": "",
    "hook.*.command": "",  # hooks named in configuration (git 2.54 and later)
}
# Not a program, but where git looks for a repository: only where --git-dir names one.
DISCOVERY = {"safe.bareRepository": "explicit"}
# Scopes whose configuration is the user's own, not the repository's (git config --show-scope).
USER_SCOPES = frozenset({"system", "global", "command"})
TIMEOUT = 120  # seconds; a repository's configuration can include a FIFO that never ends
LINE_KEPT = 1 << 16  # bytes of each line :func:`lines` gives (a diff's headers; its content lines are not read)
_PIECE = 1 << 16
_ERRORS_KEPT = 1 << 16  # bytes of what git says on stderr that an error shows

_GITFILE_BYTES = 1 << 16  # of a `.git` file or a worktree's `gitdir` file read (a path)
_VALUE_ENV = "POSTIL_GIT_OFF_"  # --config-env=<key>=POSTIL_GIT_OFF_<n>: the n-th distinct value


class GitError(Exception):
    """A git command failed, or there is no repository where postil looked."""


class NotARepository(GitError):
    """No ``.git`` at the root postil was given: git is not run."""


def holds_git(directory: Path) -> Path | None:
    """``directory`` when it holds ``.git`` (False, not an error, where we may not look), else None."""
    return directory if os.path.lexists(directory / ".git") else None


def enclosing_root(start: Path) -> Path | None:
    """The nearest directory at or above ``start`` holding ``.git`` (as written, links not
    resolved); None when there is none."""
    return nearest_up(start, holds_git, {})


def _split(key: str) -> tuple[str, str | None, str]:
    """``section.subsection.key`` -> (section, subsection or None, key); section and key
    lowercased, as git compares them (a subsection may hold dots)."""
    section, _, rest = key.partition(".")
    sub, _, name = rest.rpartition(".")
    return section.lower(), (sub or None), name.lower()


_FIXED = {k: v for k, v in PROGRAM_KEYS.items() if "*" not in k}
_NAMED = [(_split(k), v) for k, v in PROGRAM_KEYS.items() if "*" in k]


def _named_overrides(key: str) -> dict[str, str]:
    """What switches off the driver (or tool, remote, pager) a repository's ``key`` names:
    every key of its family, so a driver the repository defines or changes runs nothing."""
    section, sub, name = _split(key)
    out = {}
    for (p_section, p_sub, p_name), value in _NAMED:
        if p_section != section:
            continue
        if p_sub == "*" and sub is not None:  # section.*.key: the whole driver
            out[f"{section}.{sub}.{p_name}"] = value
        elif p_sub is None and p_name == "*" and sub is None:  # section.*: this key
            out[f"{section}.{name}"] = value
    return out


def _base(root: Path) -> list[str]:
    git_dir = root / ".git"
    if not os.path.lexists(git_dir):
        raise NotARepository(f"{terminal(str(root))} is not inside a git work tree")
    discovery = [arg for key, value in DISCOVERY.items() for arg in ("-c", f"{key}={value}")]
    git = which("git")
    if git is None:
        raise GitError("git is not installed (or not on PATH)")
    return [git, "--no-pager", *discovery, f"--git-dir={git_dir}", f"--work-tree={root}"]


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("GIT_DIR", "GIT_WORK_TREE", "GIT_EXTERNAL_DIFF") and not k.startswith(_VALUE_ENV)}
    env.setdefault("GIT_OPTIONAL_LOCKS", "0")  # a read-only look must not take index.lock
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["LC_ALL"] = "C"
    env.update(extra or {})
    return env


def _spawn(command: list[str], root: Path, input: bytes | None, env: dict[str, str],
           label: str) -> subprocess.CompletedProcess:
    import subprocess  # here, not with the module: a check that runs no git never pays its import

    try:
        return subprocess.run(command, cwd=root, input=input, capture_output=True, check=False, env=env,
                              stdin=None if input is not None else subprocess.DEVNULL, timeout=TIMEOUT)
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH)") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git {label}: no answer in {TIMEOUT} s") from None
    except OSError as exc:
        raise GitError(f"cannot run git in {terminal(str(root))}: {exc.strerror or exc}") from None


def configuration(root: Path) -> list[tuple[str, str, str | None]]:
    """(scope, key, value) of every configuration entry git reads for the repository at
    ``root``, in git's order (later wins), includes followed; ``git config`` runs no program."""
    proc = _spawn([*_base(root), "config", "--list", "--show-scope", "-z"], root, None, _env(), "config")
    if proc.returncode != 0:
        raise GitError(f"git config: {_said(proc.stderr, proc.returncode)}")
    fields = proc.stdout.split(b"\0")
    entries = []
    for scope, entry in zip(fields[::2], fields[1::2]):
        key, newline, value = entry.decode("utf-8", "surrogateescape").partition("\n")
        entries.append((scope.decode("ascii", "replace"), key, value if newline else None))
    return entries


def _refuse_another_users(root: Path, entries: list[tuple[str, str, str | None]]) -> None:
    """git's own ownership rule, which an explicit ``--git-dir`` skips: a work tree or git
    directory that belongs to another user is used only when the user's ``safe.directory``
    names it (or is ``*``)."""
    uid = os.geteuid()
    owners = {uid} | ({int(os.environ["SUDO_UID"])} if uid == 0 and os.environ.get("SUDO_UID", "").isdigit() else set())
    try:
        if {os.stat(root).st_uid, os.lstat(root / ".git").st_uid} <= owners:
            return
    except OSError:
        return  # git reports what it cannot read
    allowed = set()
    for scope, key, value in entries:
        if key == "safe.directory" and scope in USER_SCOPES:
            allowed = set() if not value else allowed | {value}  # an empty value resets the list
    if "*" in allowed or any(os.path.expanduser(a).rstrip("/") == str(root) for a in allowed):
        return
    raise NotARepository(f"{terminal(str(root))} belongs to another user: git is not run there (if you trust "
                         f"it: git config --global --add safe.directory {terminal(str(root))})")


def _refuse_another_repository(root: Path, entries: list[tuple[str, str, str | None]]) -> None:
    """A ``.git`` file (``gitdir: PATH``) or link names a git directory elsewhere: a linked
    worktree's or a submodule's, which name this work tree back (the worktree's ``gitdir`` file,
    the submodule's ``core.worktree``), or another repository on the machine, which a checkout
    from an archive can point at (``gitdir: ../work/.git``): git would take it for this one's,
    and a review would read its index, ``--fix`` stage into it. Such a git directory is used only
    when the user's ``safe.directory`` names this work tree."""
    dot_git = root / ".git"
    if os.path.isdir(dot_git) and not os.path.islink(dot_git):
        return
    git_dir = named_git_dir(dot_git)
    real_root = os.path.realpath(root)
    if git_dir is None or within(git_dir, real_root) or _names_back(git_dir, real_root, entries):
        return
    allowed = set()
    for scope, key, value in entries:
        if key == "safe.directory" and scope in USER_SCOPES:
            allowed = set() if not value else allowed | {value}
    if any(os.path.expanduser(a).rstrip("/") in (str(root), real_root) for a in allowed):
        return
    raise NotARepository(f"{terminal(str(dot_git))} names the git directory {terminal(git_dir)}, which does not "
                         "name this work tree back (a linked worktree or a submodule does): it may be another "
                         "repository's, and git is not run there (if it is this one's: git config --global --add "
                         f"safe.directory {terminal(str(root))})")


def named_git_dir(dot_git: Path) -> str | None:
    """The git directory a ``.git`` file (``gitdir: PATH``, relative to the file's directory)
    or link names, resolved; None when it names none (git says what is wrong)."""
    if os.path.islink(dot_git) or os.path.isdir(dot_git):
        return os.path.realpath(dot_git)
    try:
        with open(dot_git, "rb") as gitfile:
            text = gitfile.read(_GITFILE_BYTES)
    except OSError:
        return None
    if not text.startswith(b"gitdir: "):
        return None
    named = os.fsdecode(text[len(b"gitdir: "):].rstrip(b"\r\n"))
    return os.path.realpath(os.path.join(os.path.dirname(dot_git), named))


def _names_back(git_dir: str, real_root: str, entries: list[tuple[str, str, str | None]]) -> bool:
    """Whether ``git_dir`` names the work tree at ``real_root`` as its own: a linked worktree's
    ``gitdir`` file names ``<root>/.git``; a submodule's (or any) ``core.worktree`` in the git
    directory's own configuration names ``<root>``, relative to the git directory."""
    try:
        with open(os.path.join(git_dir, "gitdir"), "rb") as back:
            named = os.fsdecode(back.read(_GITFILE_BYTES).rstrip(b"\r\n"))
        if os.path.realpath(os.path.join(git_dir, named)) == os.path.join(real_root, ".git"):
            return True
    except OSError:
        pass
    trees = [value for scope, key, value in entries if key == "core.worktree" and scope in ("local", "worktree")]
    return bool(trees) and trees[-1] is not None and os.path.realpath(os.path.join(git_dir, trees[-1])) == real_root


def _overrides(root: Path, entries: list[tuple[str, str, str | None]]) -> tuple[list[str], dict[str, str]]:
    """The command-line options and environment that switch off every program key."""
    keys = dict(_FIXED)
    for scope, key, _value in entries:
        if scope not in USER_SCOPES:
            keys.update(_named_overrides(key))
    values = sorted(set(keys.values()))
    env = {f"{_VALUE_ENV}{i}": value for i, value in enumerate(values)}
    options = [f"--config-env={key}={_VALUE_ENV}{values.index(value)}" for key, value in keys.items()]
    return options, env


def _command(root: Path, args: list[str]) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of ``git ARGS`` on the repository at ``root`` (absolute),
    once git may run there (see the module's docstring)."""
    base = _base(root)
    entries = configuration(root)
    _refuse_another_users(root, entries)
    _refuse_another_repository(root, entries)
    options, values = _overrides(root, entries)
    return [*base, *options, "-c", "core.quotepath=off", *args], _env(values)


def run(root: Path, args: list[str], input: bytes | None = None, check: bool = True) -> bytes:
    """``git ARGS`` on the repository at ``root`` (which holds ``.git``), in ``root``; stdout.
    Raises NotARepository when ``root/.git`` is missing, GitError when git fails (``check``)."""
    root = Path(os.path.abspath(root))
    command, env = _command(root, args)
    label = terminal(" ".join(args[:3]))
    proc = _spawn(command, root, input, env, label)
    if check and proc.returncode != 0:
        raise GitError(f"git {label}: {_said(proc.stderr, proc.returncode)}")
    return proc.stdout


def lines(root: Path, args: list[str], keep: int = LINE_KEPT) -> Iterator[bytes]:
    """Each line of what ``git ARGS`` prints (without its newline), cut to its first ``keep``
    bytes, as git prints it: the output is never held whole (a 180 MB staged file's diff made a
    510 MB peak). Raises what :func:`run` raises."""
    return _cut_lines(stream(root, args), keep)


def stream(root: Path, args: list[str], input: bytes | None = None) -> Iterator[bytes]:
    """What ``git ARGS`` prints, piece by piece as it prints it; git is stopped when the caller
    stops reading. Raises what :func:`run` raises (git's failure once its output is read)."""
    import subprocess
    import tempfile
    import threading

    root = Path(os.path.abspath(root))
    command, env = _command(root, args)
    label = terminal(" ".join(args[:3]))
    with tempfile.TemporaryFile() as errors, tempfile.TemporaryFile() as given:
        given.write(input or b"")  # from a file: git's output is read while it still reads its input
        given.seek(0)
        try:
            proc = subprocess.Popen(command, cwd=root, stdin=given if input is not None else subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=errors, env=env)
        except OSError as exc:
            raise GitError(f"cannot run git in {terminal(str(root))}: {exc.strerror or exc}") from None
        late = threading.Event()
        timer = threading.Timer(TIMEOUT, lambda: (late.set(), proc.kill()))
        timer.start()
        try:
            with proc:
                yield from iter(lambda: proc.stdout.read1(_PIECE), b"")
                proc.wait()
        finally:
            timer.cancel()
            if proc.poll() is None:  # the caller stopped reading
                proc.kill()
                proc.wait()
        if late.is_set():
            raise GitError(f"git {label}: no answer in {TIMEOUT} s")
        if proc.returncode != 0:
            errors.seek(0)
            raise GitError(f"git {label}: {_said(errors.read(_ERRORS_KEPT), proc.returncode)}")


def _cut_lines(pieces: Iterator[bytes], keep: int) -> Iterator[bytes]:
    """The lines of the text ``pieces`` make up, each cut to its first ``keep`` bytes."""
    start_of_line = b""  # the kept start of a line that goes on in the next piece
    for piece in pieces:
        at = 0
        while (end := piece.find(b"\n", at)) >= 0:
            yield (start_of_line + piece[at:end])[:keep] if start_of_line else piece[at:min(end, at + keep)]
            start_of_line, at = b"", end + 1
        if len(start_of_line) < keep:
            start_of_line += piece[at:at + keep - len(start_of_line)]
    if start_of_line:
        yield start_of_line


def _said(stderr: bytes, returncode: int) -> str:
    """What git said (the repository's text too: paths, names), escaped, one line per line joined."""
    lines = stderr.decode("utf-8", "replace").strip().split("\n")
    return "; ".join(terminal(line) for line in lines if line) or f"exit status {returncode}"
