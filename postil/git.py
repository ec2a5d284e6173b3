"""Git plumbing for reviewing changes: what changed, the new content, which lines.

Everything goes through the ``git`` executable (no library), run by
``postil.core.gitcmd`` (no program the repository names ever starts), with ``-z`` and
explicit options wherever a user's config could change the output we parse
(quoted paths, diff prefixes, external diff drivers, textconv, colour).
Paths are returned as repository-relative POSIX strings, decoded from UTF-8
with ``surrogateescape`` so that any byte sequence survives a round trip.

Two sources of change are supported, both read-only:

* the index against ``HEAD`` (``git diff --cached``), i.e. what the next
  commit would contain; with no ``HEAD`` yet (the first commit) against the
  empty tree;
* a commit range: a base revision against ``HEAD`` (``--diff REV``), or the
  merge-base of a branch and ``HEAD`` (``--base BRANCH``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from postil.core import gitcmd
from postil.core.gitcmd import GitError
from postil.core.terminal import terminal

ZERO_OID_RE = re.compile(r"^0+$")
GITLINK_MODE = "160000"
SYMLINK_MODE = "120000"

# Options that keep `git diff` output parseable whatever the user's config says.
_DIFF_OPTS = ("--no-color", "--no-ext-diff", "--no-textconv", "--submodule=short",
              "--src-prefix=a/", "--dst-prefix=b/", "--find-renames")
# git's test of binary content (the first 8000 bytes hold a NUL); a blob larger than the bound is
# not read to test it (past any max-file-size a review reads)
SNIFF_BYTES = 8000
TEXT_SAID_BINARY_BOUND = 8 << 20
# Paths whose work-tree copy differs: never a submodule's own status (git would start a
# `git status` there, which reads the submodule's configuration).
# A diff reads the changed lines of at most this many files' fewer (their content too large
# to review): each is one argument of git's command line.
MOST_LEFT_OUT = 1000
LINE_BOUND = 4096  # bytes of a `git cat-file` header line kept (an object id, a type, a size)
SizeLimit = Callable[[str], int]  # a repository path -> the most bytes of its content a review reads
NAMES_CHANGED = ("diff", "--name-only", "-z", "--no-ext-diff", "--no-textconv", "--ignore-submodules=dirty")


def git(args: list[str], cwd: Path, input: bytes | None = None, check: bool = True) -> bytes:
    """``git ARGS`` on the repository at ``cwd`` (its root, holding ``.git``); stdout as bytes.
    Raises GitError on failure. Runs no program the repository names (``postil.core.gitcmd``)."""
    return gitcmd.run(cwd, args, input=input, check=check)


def decode_path(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def repo_root(cwd: Path) -> Path:
    """The top of the work tree containing ``cwd``: the nearest directory holding ``.git``
    (a folder laid out as a bare repository is never one)."""
    root = gitcmd.enclosing_root(Path(cwd).absolute())
    if root is None:
        raise GitError(f"{terminal(str(cwd))} is not inside a git work tree")
    return root


def resolve_commit(root: Path, rev: str) -> str | None:
    """The commit id ``rev`` names, or None when it names none (e.g. unborn HEAD)."""
    out = git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], root, check=False)
    text = out.decode().strip()
    return text or None


def empty_tree(root: Path) -> str:
    """The id of the empty tree in this repository's hash format."""
    return git(["hash-object", "-t", "tree", "--stdin"], root, input=b"").decode().strip()


def merge_base(root: Path, branch: str, head: str = "HEAD") -> str:
    if resolve_commit(root, branch) is None:
        raise GitError(f"unknown revision {branch!r}")
    out = git(["merge-base", branch, head], root, check=False).decode().strip()
    if not out:
        raise GitError(f"{branch!r} and {head} have no common ancestor")
    return out


def git_path(root: Path, name: str) -> Path:
    """``git rev-parse --git-path NAME`` as an absolute path (not for 'hooks': hooks are switched off)."""
    out = git(["rev-parse", "--git-path", name], root).decode("utf-8", "surrogateescape").rstrip("\n")
    path = Path(out)
    return path if path.is_absolute() else (root / path)


def merge_in_progress(root: Path) -> bool:
    return resolve_commit(root, "MERGE_HEAD") is not None


@dataclass
class Hunk:
    """One ``@@ -old_start,old_count +new_start,new_count @@`` of a zero-context diff.

    Line numbers are git's: 1-based; a count of 0 means a pure deletion (then
    ``new_start`` is the line *after which* lines were removed) or a pure
    insertion (``old_count`` 0)."""

    old_start: int
    old_count: int
    new_start: int
    new_count: int

    @property
    def new_lines(self) -> range:
        """The added/changed lines of the new text as 0-based line numbers."""
        return range(self.new_start - 1, self.new_start - 1 + self.new_count)

    def __str__(self) -> str:
        return f"@@ -{self.old_start},{self.old_count} +{self.new_start},{self.new_count} @@"


@dataclass
class FileChange:
    """One entry of ``git diff --raw``: how a path changed between two trees/index."""

    status: str  # A, M, D, R, C, T, U (one letter; score kept apart)
    path: str  # the new path (the old one for deletions)
    old_path: str | None
    old_mode: str
    new_mode: str
    old_oid: str
    new_oid: str
    score: int | None = None
    binary: bool = False
    added_lines: int | None = None  # from --numstat; None for binary
    hunks: list[Hunk] = field(default_factory=list)

    @property
    def is_submodule(self) -> bool:
        return GITLINK_MODE in (self.old_mode, self.new_mode)

    @property
    def is_symlink(self) -> bool:
        return self.new_mode == SYMLINK_MODE

    @property
    def content_changed(self) -> bool:
        return self.old_oid != self.new_oid

    @property
    def mode_changed(self) -> bool:
        return self.status not in ("A", "D") and self.old_mode != self.new_mode


@dataclass
class ChangeSet:
    """Everything a review needs to know about one diff."""

    root: Path
    label: str  # e.g. "staged changes", "changes since abc1234"
    base: str  # the old side (commit id or empty tree)
    staged: bool  # True: new side is the index; False: new side is HEAD
    changes: list[FileChange]
    notes: list[str] = field(default_factory=list)


# --- parsing -------------------------------------------------------------

def parse_raw_numstat(out: bytes) -> list[FileChange]:
    """Parse ``git diff --raw --numstat -z`` output (raw records, then numstat records)."""
    parts = out.split(b"\0")
    changes: list[FileChange] = []
    by_new_path: dict[str, FileChange] = {}
    i = 0
    numstat_rows: list[tuple[str, str, str]] = []
    while i < len(parts):
        head = parts[i]
        if not head:
            i += 1
            continue
        if head.startswith(b":"):
            fields = head[1:].decode().split(" ")
            old_mode, new_mode, old_oid, new_oid, status_field = fields[:5]
            status, score = status_field[0], (int(status_field[1:]) if status_field[1:].isdigit() else None)
            if status in ("R", "C"):
                old_path, new_path = decode_path(parts[i + 1]), decode_path(parts[i + 2])
                i += 3
            else:
                old_path, new_path = None, decode_path(parts[i + 1])
                i += 2
            change = FileChange(status, new_path, old_path, old_mode, new_mode, old_oid, new_oid, score)
            changes.append(change)
            by_new_path[new_path] = change
            continue
        # numstat: "added\tdeleted\tpath" or, for renames, "added\tdeleted\t" then old, new
        added, _deleted, rest = head.decode("utf-8", "surrogateescape").split("\t", 2)
        if rest:
            path = rest
            i += 1
        else:
            path = decode_path(parts[i + 2])
            i += 3
        numstat_rows.append((added, _deleted, path))
    for added, deleted, path in numstat_rows:
        change = by_new_path.get(path)
        if change is None:
            continue
        if added == "-" and deleted == "-":
            change.binary = True
        else:
            change.added_lines = int(added)
    return changes


_HUNK_RE = re.compile(rb"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_C_ESCAPES = {b"a": 7, b"b": 8, b"t": 9, b"n": 10, b"v": 11, b"f": 12, b"r": 13, b'"': 34, b"\\": 92}


def unquote_c(raw: bytes) -> bytes:
    """Undo git's C-style quoting of a path (``"a\\303\\251"`` -> bytes)."""
    if not (raw.startswith(b'"') and raw.endswith(b'"')):
        return raw
    body, out, i = raw[1:-1], bytearray(), 0
    while i < len(body):
        ch = body[i : i + 1]
        if ch == b"\\" and i + 1 < len(body):
            nxt = body[i + 1 : i + 2]
            if nxt.isdigit():
                out.append(int(body[i + 1 : i + 4], 8))
                i += 4
                continue
            out.append(_C_ESCAPES.get(nxt, nxt[0]))
            i += 2
            continue
        out.append(body[i])
        i += 1
    return bytes(out)


def parse_patch_hunks(lines: Iterable[bytes]) -> dict[str, list[Hunk]]:
    """Hunks per new path from the lines of ``git diff -U0`` output (with a/ and b/ prefixes).

    Files are keyed by their ``+++ b/PATH`` line, so sections without content
    hunks (binary, pure renames, mode changes, deletions) simply do not appear."""
    hunks: dict[str, list[Hunk]] = {}
    current: list[Hunk] | None = None
    for line in lines:
        if line.startswith((b"diff --git ", b"diff --cc ")):
            current = None
        elif line.startswith(b"+++ ") and current is None:
            target = line[4:]
            if target.endswith(b"\t"):  # git appends a tab to names containing spaces
                target = target[:-1]
            target = unquote_c(target)
            if target == b"/dev/null" or not target.startswith(b"b/"):
                current = []
                continue
            current = hunks.setdefault(decode_path(target[2:]), [])
        elif line.startswith(b"@@ ") and current is not None:
            m = _HUNK_RE.match(line)
            if m:
                current.append(Hunk(int(m[1]), int(m[2]) if m[2] is not None else 1,
                                    int(m[3]), int(m[4]) if m[4] is not None else 1))
    return hunks


# --- change sets -----------------------------------------------------------

def staged_changes(root: Path, size_limit: SizeLimit | None = None) -> ChangeSet:
    """The index against HEAD (the empty tree before the first commit). ``size_limit`` gives the
    largest new content (bytes) whose changed lines a path's review reads: a larger file's
    diff is not asked of git (the review skips it for its size)."""
    head = resolve_commit(root, "HEAD")
    notes = []
    if head is None:
        base = empty_tree(root)
        label = "staged changes (initial commit)"
    else:
        base = head
        label = "staged changes"
        if merge_in_progress(root):
            notes.append("merge in progress: reviewing the merge result against HEAD (its first parent)")
    changes = _diff(root, ["--cached", base], size_limit)
    return ChangeSet(root, label, base, True, changes, notes)


def range_changes(root: Path, base_rev: str, label: str | None = None,
                  size_limit: SizeLimit | None = None) -> ChangeSet:
    """HEAD's committed content against ``base_rev`` (a commit-ish); ``size_limit`` as for
    :func:`staged_changes`."""
    base = resolve_commit(root, base_rev)
    if base is None:
        raise GitError(f"unknown revision {base_rev!r}")
    head = resolve_commit(root, "HEAD")
    if head is None:
        raise GitError("HEAD does not name a commit yet (no commits on this branch)")
    changes = _diff(root, [base, head], size_limit)
    return ChangeSet(root, label or f"changes since {base_rev} ({base[:10]})", base, False, changes)


def _diff(root: Path, sides: list[str], size_limit: SizeLimit | None) -> list[FileChange]:
    common = ["-z", "--no-abbrev", *_DIFF_OPTS, *sides, "--"]
    counting = [] if size_limit is not None else ["--numstat"]  # git reads a file whole to count its lines
    changes = parse_raw_numstat(git(["diff", "--raw", *counting, *common], root))
    large = _too_large(root, changes, size_limit)
    unread = {id(c) for c in large}
    left_out = [f":(exclude,literal){name}" for c in large for name in (c.path, c.old_path) if name]
    if size_limit is not None:
        counted = parse_raw_numstat(git(["diff", "--raw", "--numstat", *common, *left_out], root))
        for change, count in zip(changes, _matched(changes, counted)):
            change.binary, change.added_lines = count.binary, count.added_lines
    if any(c.content_changed and c.status not in ("D", "U") and not c.binary and not c.is_submodule
           and id(c) not in unread for c in changes):
        by_path = parse_patch_hunks(gitcmd.lines(root, ["diff", "-U0", *_DIFF_OPTS, *sides, "--", *left_out]))
        for change in changes:
            if change.status != "D":
                change.hunks = by_path.get(change.path, [])
    said = _text_said_binary(root, changes)
    if said:
        pathspecs = [f":(literal){name}" for c in said for name in (c.path, c.old_path) if name]
        by_path = parse_patch_hunks(gitcmd.lines(root, ["diff", "-U0", "--text", *_DIFF_OPTS, *sides, "--", *pathspecs]))
        for change in said:
            change.binary = False
            change.hunks = by_path.get(change.path, [])
            change.added_lines = sum(h.new_count for h in change.hunks)
    return changes


def _matched(changes: list[FileChange], counted: list[FileChange]) -> list[FileChange]:
    """For each of ``changes``, its record in ``counted`` (the same diff with line counts, the
    files too large to count left out), or itself (binary by its first bytes) when left out."""
    by_path = {(c.path, c.old_path): c for c in counted}
    return [by_path.get((c.path, c.old_path), c) for c in changes]


def _too_large(root: Path, changes: list[FileChange], size_limit: SizeLimit | None) -> list[FileChange]:
    """The changes whose new content is larger than ``size_limit`` gives their path, to leave out
    of a diff (their old path too: a rename found without it would pair the old content with
    another file), up to :data:`MOST_LEFT_OUT` of them; each is marked binary when its first
    bytes are (git's own test, NUL in the first :data:`SNIFF_BYTES`)."""
    changed = [c for c in changes if c.content_changed and c.status not in ("D", "U") and not c.is_submodule
               and c.new_oid.strip("0")]
    if size_limit is None or not changed:
        return []
    sizes = blob_sizes(root, [c.new_oid for c in changed])
    large = [c for c in changed if sizes.get(c.new_oid, 0) > size_limit(c.path)][:MOST_LEFT_OUT]
    heads = blob_heads(root, [c.new_oid for c in large], SNIFF_BYTES)
    for change in large:
        change.binary = b"\0" in heads.get(change.new_oid, b"")
    return large


def _text_said_binary(root: Path, changes: list[FileChange]) -> list[FileChange]:
    """The changes git calls binary whose new content is text by git's own test (no NUL byte in
    its first :data:`SNIFF_BYTES`): an attribute said binary (``*.py -diff`` or ``binary`` in a
    repository's .gitattributes), which would have passed its lines unreviewed."""
    said = [c for c in changes if c.binary and c.content_changed and c.status not in ("D", "U")
            and not c.is_submodule and c.new_oid.strip("0")]
    if not said:
        return []
    sizes = blob_sizes(root, [c.new_oid for c in said])
    said = [c for c in said if sizes.get(c.new_oid, TEXT_SAID_BINARY_BOUND + 1) <= TEXT_SAID_BINARY_BOUND]
    blobs = read_blobs(root, [c.new_oid for c in said])
    return [c for c in said if c.new_oid in blobs and b"\0" not in blobs[c.new_oid][:SNIFF_BYTES]]


# --- blobs -----------------------------------------------------------------

def blob_sizes(root: Path, oids: list[str]) -> dict[str, int]:
    """Sizes of objects via ``git cat-file --batch-check``."""
    if not oids:
        return {}
    out = git(["cat-file", "--batch-check=%(objectname) %(objectsize)"], root,
              input="".join(f"{o}\n" for o in oids).encode())
    sizes = {}
    for line in out.decode().splitlines():
        oid, _, size = line.partition(" ")
        if size.isdigit():
            sizes[oid] = int(size)
    return sizes


def blob_heads(root: Path, oids: list[str], most: int) -> dict[str, bytes]:
    """The first ``most`` bytes of each blob, read as ``git cat-file --batch`` prints them (the
    rest passes by, never held)."""
    if not oids:
        return {}
    heads: dict[str, bytes] = {}
    pending, header, oid, size, left, kept = b"", True, "", 0, 0, bytearray()
    for piece in gitcmd.stream(root, ["cat-file", "--batch"], "".join(f"{o}\n" for o in oids).encode()):
        pending += piece
        while pending:
            if header:
                end = pending.find(b"\n")
                if end < 0:
                    pending = pending[-LINE_BOUND:]
                    break
                fields, pending = pending[:end].decode().split(" "), pending[end + 1:]
                if len(fields) == 3 and fields[2].isdigit():
                    oid, size, kept, header = fields[0], int(fields[2]), bytearray(), False
                    left = size + 1  # the content, then a newline
                continue
            taken = pending[:left]
            kept += taken[:max(0, most - len(kept))]
            left -= len(taken)
            pending = pending[len(taken):]
            if left == 0:
                heads[oid], header = bytes(kept[:min(most, size)]), True
    return heads


def read_blobs(root: Path, oids: list[str]) -> dict[str, bytes]:
    """Contents of blobs by id via one ``git cat-file --batch``."""
    if not oids:
        return {}
    out = git(["cat-file", "--batch"], root, input="".join(f"{o}\n" for o in oids).encode())
    blobs: dict[str, bytes] = {}
    pos = 0
    while pos < len(out):
        end = out.index(b"\n", pos)
        header = out[pos:end].decode().split(" ")
        pos = end + 1
        if len(header) < 3 or header[1] == "missing":
            continue
        size = int(header[2])
        blobs[header[0]] = out[pos : pos + size]
        pos += size + 1  # content is followed by a newline
    return blobs


def unstaged_paths(root: Path, paths: list[str]) -> set[str]:
    """Paths (of ``paths``) whose work-tree copy differs from the index."""
    if not paths:
        return set()
    out = git([*NAMES_CHANGED, "--", *[f":(literal){p}" for p in paths]], root)
    return {decode_path(p) for p in out.split(b"\0") if p}


MAX_INTENT_CHARS = 2000  # the commit message or subjects shown to a model, at most


def change_intent(changes: ChangeSet) -> str:
    """What the author says the change is for, as far as git knows it: the branch name, and
    the prepared commit message of a staged change (a merge's or squash's; a plain
    ``git commit`` writes its message only after the pre-commit hook) or the subjects of
    the commits in a range. Empty when nothing is known."""
    root = changes.root
    lines = []
    branch = git(["symbolic-ref", "--short", "-q", "HEAD"], root, check=False).decode("utf-8", "replace").strip()
    if branch:
        lines.append(f"Branch: {branch}")
    if changes.staged:
        for name in ("MERGE_MSG", "SQUASH_MSG"):
            try:
                raw = git_path(root, name).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            message = "\n".join(line for line in raw.splitlines() if not line.startswith("#")).strip()
            if message:
                lines.append("Commit message:\n" + message)
                break
    else:
        out = git(["log", "--no-merges", "--format=%s", "-n", "30", f"{changes.base}..HEAD"], root, check=False)
        subjects = [s for s in out.decode("utf-8", "replace").splitlines() if s.strip()]
        if subjects:
            lines.append("Commits:\n" + "\n".join(f"- {s}" for s in subjects))
    text = "\n".join(lines)
    return text if len(text) <= MAX_INTENT_CHARS else text[:MAX_INTENT_CHARS] + " (...)"


def stage(root: Path, paths: list[str]) -> None:
    """``git add`` exactly these paths (literal pathspecs)."""
    if paths:
        git(["add", "--", *[f":(literal){p}" for p in paths]], root)


class Snapshot:
    """What a staged or branch review may read: the git index (``rev`` None) or a commit.

    Context for such a review comes only from here, never from unstaged or untracked files:
    ``same_as`` says whether a file's working-tree bytes (by their blake2b-16 digest, as the
    workspace index stores them) are exactly the snapshot's, and ``clean_paths`` lists the
    tracked files whose working-tree copy is the snapshot's (the only ones worth indexing)."""

    def __init__(self, root: Path, rev: str | None = None) -> None:
        self.root = Path(root)
        self.rev = rev
        self._oids: dict[str, str] | None = None
        self._digests: dict[str, str | None] = {}

    @property
    def oids(self) -> dict[str, str]:
        """Path -> blob id of every regular file in the snapshot."""
        if self._oids is None:
            if self.rev is None:
                out = git(["ls-files", "-s", "-z"], self.root)
                rows = (rec.split(b"\t", 1) for rec in out.split(b"\0") if rec)
                meta_path = ((meta.split(b" "), path) for meta, path in rows)
                self._oids = {decode_path(p): m[1].decode() for m, p in meta_path if m[0] in (b"100644", b"100755")
                              and m[2] == b"0"}
            else:
                out = git(["ls-tree", "-r", "-z", "--full-tree", self.rev], self.root)
                rows = (rec.split(b"\t", 1) for rec in out.split(b"\0") if rec)
                self._oids = {decode_path(p): m.split(b" ")[2].decode() for m, p in rows
                              if m.split(b" ")[0] in (b"100644", b"100755")}
        return self._oids

    def read(self, rel: str) -> bytes | None:
        oid = self.oids.get(rel)
        return None if oid is None else read_blobs(self.root, [oid]).get(oid)

    def same_as(self, rel: str, digest: str | None) -> bool:
        """Is ``digest`` (blake2b, 16 bytes, hex) the digest of the snapshot's copy of ``rel``?"""
        if digest is None:
            return False
        if rel not in self._digests:
            import hashlib

            data = self.read(rel)
            self._digests[rel] = None if data is None else hashlib.blake2b(data, digest_size=16).hexdigest()
        return self._digests[rel] == digest

    def clean_paths(self) -> list[str]:
        """Tracked paths whose working-tree copy is exactly the snapshot's."""
        sides = [] if self.rev is None else [self.rev]
        out = git([*NAMES_CHANGED, *sides, "--"], self.root)
        dirty = {decode_path(p) for p in out.split(b"\0") if p}
        return [p for p in self.oids if p not in dirty]
