"""``.postil/``: postil's working directory in a workspace, used only when this machine made it.

A repository can commit a ``.postil/`` (``git add -f`` ignores its ``.gitignore``) or a
link named ``.postil``; reading or writing through either would let a stranger's
repository choose what postil loads and where it writes. So postil records, when it
creates ``.postil/``, a random id in a file inside it and the same id in the user's
state directory (``$XDG_STATE_HOME/postil``, default ``~/.local/state/postil``). A
``.postil`` that is a link, not a directory, not the user's, without the recorded id,
or with anything git tracks in it (other than ``guidelines.md``, which projects may
commit) is foreign: it is moved aside to ``.postil.foreign-<time>`` with one line
saying so, and postil makes its own. Every path postil uses below it is checked with
``lstat`` the same way (real directories and regular files, never links).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from postil.core import gitcmd
from postil.core.atomic import write_atomic
from postil.core.terminal import terminal

NAME = ".postil"
ID_FILE = "owner-id"
# What a project may commit under .postil/: read as text, never executed or written.
COMMITTABLE = frozenset({"guidelines.md"})
GITIGNORE = "*\n" + "".join(f"!{name}\n" for name in sorted(COMMITTABLE))

_lock = threading.Lock()


class WorkdirError(OSError):
    """``.postil/`` cannot be made safe (a foreign one could not be moved aside, read-only disk)."""


def state_dir() -> Path:
    """The user's postil state directory (``$XDG_STATE_HOME/postil``)."""
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "postil"


def _record_path(root: Path) -> Path:
    digest = hashlib.sha256(os.fsencode(root)).hexdigest()[:32]
    return state_dir() / "workdirs" / digest


def _recorded_id(root: Path) -> str | None:
    try:
        with open(_record_path(root), encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    # line 1: the id; line 2: the workspace it belongs to (for people reading the file)
    return lines[0] if len(lines) >= 2 and lines[1] == str(root) else None


def _read_id(directory: Path) -> str | None:
    path = directory / ID_FILE
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return os.read(fd, 200).decode("ascii", "replace").strip() or None
    finally:
        os.close(fd)


def _placed_by_git(root: Path) -> list[str]:
    """Paths under ``.postil/`` that git tracks and put there: in git's index and unchanged
    in the work tree (none when no ``.git`` sits at ``root``). A path postil rewrote since,
    or one moved aside with a foreign ``.postil``, is git's no more. Git is not asked again
    while its index is the one it last said tracks nothing there but what a project may
    commit (a git run, ~15 ms CPU of each one-shot command)."""
    stamp = _git_index_stamp(root)
    if stamp is not None and _read_untracked_stamp(root) == stamp:
        return []
    try:
        out = gitcmd.run(root, ["ls-files", "-z", "-t", "-c", "-m", "-d", "--", f":(literal){NAME}"])
    except gitcmd.GitError:
        return []
    tagged: dict[str, set[str]] = {}
    for entry in out.split(b"\0"):
        if len(entry) > 2:
            tagged.setdefault(entry[2:].decode("utf-8", "replace"), set()).add(entry[:1].decode())
    if stamp is not None and all(_committable(path) for path in tagged):
        _record_untracked_stamp(root, stamp)
    return [path for path, tags in tagged.items() if tags == {"H"}]


def _committable(path: str) -> bool:
    """Whether a path under ``.postil/`` is one a project may commit (or postil's own ``.gitignore``)."""
    return path.split("/", 1)[-1] in COMMITTABLE | {".gitignore"}


def _git_index_stamp(root: Path) -> str | None:
    """Device, inode, size and modification time of git's index for the work tree at ``root``:
    git writes a changed index as a new file renamed into place, so what it tracks cannot change
    while this stays the same. None when that file cannot be told (no ``.git`` directory at
    ``root``, a work tree whose ``.git`` is a file, ``GIT_INDEX_FILE`` set)."""
    if os.environ.get("GIT_INDEX_FILE"):
        return None
    try:
        if not stat.S_ISDIR(os.lstat(root / ".git").st_mode):
            return None
        st = os.lstat(root / ".git" / "index")
    except FileNotFoundError:
        return "none"  # a repository where nothing was ever added
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


def _untracked_path(root: Path) -> Path:
    """Where the stamp of the git index that tracks nothing of ``root/.postil`` is kept: the
    user's state directory, beside the workspace's record (never in the repository)."""
    return _record_path(root).with_suffix(".untracked")


def _read_untracked_stamp(root: Path) -> str | None:
    try:
        with open(_untracked_path(root), encoding="ascii") as fh:
            return fh.read(200).strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def _record_untracked_stamp(root: Path, stamp: str) -> None:
    """Remember ``stamp`` (best effort: without it git is asked next time)."""
    path = _untracked_path(root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(path, stamp + "\n", mode=0o600)
    except OSError:
        pass


def _foreign_reason(root: Path, directory: Path) -> str | None:
    """Why ``directory`` (``root/.postil``, which exists) is not postil's own; None when it is."""
    st = os.lstat(directory)
    if stat.S_ISLNK(st.st_mode):
        return "is a symbolic link"
    if not stat.S_ISDIR(st.st_mode):
        return "is not a directory"
    if st.st_uid != os.getuid():
        return "belongs to another user"
    # postil's own .gitignore ignores all but what may be committed, so the same file from git is harmless
    tracked = [p for p in _placed_by_git(root) if not _committable(p)]
    if tracked:
        return "is tracked by git (committed to the repository)"
    found = _read_id(directory)
    if found is None:
        if _only_committable(directory):
            return None  # a fresh clone's .postil/ holding only guidelines: adopted below
        return "was not created by postil on this machine"
    if found != _recorded_id(root):
        return "was not created by postil on this machine"
    return None


def _only_committable(directory: Path) -> bool:
    try:
        with os.scandir(directory) as entries:
            return all(e.name in COMMITTABLE and e.is_file(follow_symlinks=False) for e in entries)
    except OSError:
        return False


def _say_default(message: str) -> None:
    """One line on stderr; the workspace's folder name in it written out (core.terminal)."""
    print(terminal(message), file=sys.stderr)


def _create(root: Path, directory: Path, adopt: bool = False) -> None:
    """Make ``directory`` (or, with ``adopt``, take the real one there) and record its id."""
    token = os.urandom(16).hex()
    if not adopt:
        os.mkdir(directory, 0o700)  # FileExistsError: another process is making it
    record = _record_path(root)
    try:
        record.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(record, f"{token}\n{root}\n", mode=0o600)
    except OSError as exc:
        raise WorkdirError(f"cannot record {directory} in postil's state directory {state_dir()}: "
                           f"{exc.strerror or exc} (set XDG_STATE_HOME to a writable directory)") from None
    write_atomic(directory / ID_FILE, token + "\n", root=root, mode=0o600)
    _ignore_all_but_committable(directory, root)


def _ignore_all_but_committable(directory: Path, root: Path) -> None:
    """``.postil/.gitignore``: git ignores everything postil keeps there, but not what a
    project may commit (``guidelines.md``). Rewritten when it says anything else."""
    path = own_file(directory / ".gitignore")  # a link in its place is removed, never followed
    try:
        if path.read_text(encoding="utf-8") == GITIGNORE:
            return
    except (OSError, UnicodeDecodeError):
        pass
    write_atomic(path, GITIGNORE, root=root)


def workdir(root: str | os.PathLike, *parts: str, say: Callable[[str], None] | None = None) -> Path:
    """``root/.postil/<parts>``, a real directory postil made on this machine (created when
    missing; a foreign ``.postil`` is moved aside first). Raises WorkdirError."""
    root = Path(os.path.realpath(root))
    directory = root / NAME
    with _lock:
        try:
            reason = _checked(root, directory)
            if reason is not None:
                aside = root / f"{NAME}.foreign-{time.strftime('%Y%m%d-%H%M%S')}-{os.urandom(2).hex()}"
                os.rename(directory, aside)  # renames a link itself, never its target
                (say or _say_default)(f"postil: {directory} {reason}; moved it aside to {aside.name} and made a new one")
                _create(root, directory)
                _keep_committable(aside, directory, root)
            elif _read_id(directory) is None:
                _create(root, directory, adopt=True)  # a clone's .postil/ holding only guidelines.md
            else:
                _ignore_all_but_committable(directory, root)  # one an older postil made ignores guidelines.md
            return _subdirs(directory, parts)
        except WorkdirError:
            raise
        except OSError as exc:
            raise WorkdirError(f"cannot use {directory}: {exc.strerror or exc}") from None


def _checked(root: Path, directory: Path) -> str | None:
    """Why ``directory`` is foreign, after creating it when missing. One that another postil
    process made a moment ago is given a few seconds to receive its id file."""
    deadline = time.monotonic() + 3
    while True:
        try:
            reason = _foreign_reason(root, directory)
            # made by another postil process this moment: its id file follows
            young = (reason is None and time.time() - os.lstat(directory).st_ctime < 3
                     and not COMMITTABLE.intersection(os.listdir(directory)))
        except FileNotFoundError:
            try:
                _create(root, directory)
                return None
            except FileExistsError:
                continue
        if _read_id(directory) is not None or not young or time.monotonic() > deadline:
            return reason
        time.sleep(0.05)


def _keep_committable(aside: Path, directory: Path, root: Path) -> None:
    """Bring the project's own text files (``guidelines.md``) over from a moved-aside
    ``.postil`` that is a real directory: read as regular files only, never through a link."""
    if not stat.S_ISDIR(os.lstat(aside).st_mode):
        return
    for name in COMMITTABLE:
        try:
            fd = os.open(aside / name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                write_atomic(directory / name, os.read(fd, 1 << 20), root=root)
        finally:
            os.close(fd)


def _subdirs(directory: Path, parts: tuple[str, ...]) -> Path:
    path = directory
    for part in parts:
        path = path / part
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            os.mkdir(path, 0o700)
            continue
        if not stat.S_ISDIR(st.st_mode):
            _remove(path)
            os.mkdir(path, 0o700)
    return path


def _remove(path: Path) -> None:
    """Delete what sits at ``path`` inside postil's own directory (a link itself, never its target)."""
    st = os.lstat(path)
    if stat.S_ISDIR(st.st_mode):
        shutil.rmtree(path)
    else:
        os.unlink(path)


def own_file(path: str | os.PathLike) -> Path:
    """``path`` (inside a :func:`workdir` directory) as a regular file or nothing: a link or
    other entry in its place is removed, so opening it cannot reach outside."""
    path = Path(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return path
    if not stat.S_ISREG(st.st_mode):
        try:
            _remove(path)
        except OSError as exc:
            raise WorkdirError(f"cannot use {path}: {exc.strerror or exc}") from None
    return path


def own_database(path: str | os.PathLike) -> Path:
    """A SQLite file and its journal/WAL companions as :func:`own_file` does it."""
    path = Path(path)
    for suffix in ("-wal", "-shm", "-journal"):
        own_file(f"{path}{suffix}")
    return own_file(path)
