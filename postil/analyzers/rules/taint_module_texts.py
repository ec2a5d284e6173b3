"""The texts of the workspace's modules as the taint rules read them (taint_modules.Workspace): the
editor's unsaved text of an open module, else the file's, read again only when its stat changed,
once for a run over files that do not change (``steady``); each with its digest. What was read
while a log is open is noted (``noting``: the inputs a linked document's kept results rest on,
see rules/link_inputs.py), and, for the results cache, the modules one file's check read (``using``)
and what the indexes of a run took of each text they read (``derived``; see result_cache.reuse).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from postil.analyzers.parse_limits import unparseable
from postil.analyzers.rules.taint_callers import NearFiles
from postil.analyzers.rules.taint_callers_of import module_language
from postil.core import reads

MAX_BYTES = 512 * 1024  # a module larger than this is not analysed (its functions stay unknown)


def _read_disk(path: Path) -> str | None:
    """A module's text, None past :data:`MAX_BYTES`, with no regular file or one tree-sitter cannot
    parse (parse_limits.unparseable: read from the text); what was read noted for a run that keeps
    its results (core.reads). Whether its tree nests too deep to search is asked where it is parsed
    (taint_modules): most modules a check reads are only read (their imports, their literals), and
    asking it of each parsed every module over ~5 KB (the editor's first check of SQLAlchemy's
    orm/query.py: 197 modules parsed for their depth, 46 of them searched)."""
    data = reads.read_bytes(str(path), MAX_BYTES)
    text = None if data is None else data.decode("utf-8", errors="replace")
    return None if text is None or unparseable(text, module_language(path)) is not None else text


class ModuleTexts:
    """The modules' texts (see the module's docstring)."""

    def __init__(self) -> None:
        self.overlay: dict[Path, str] = {}  # texts to read in place of files (an editor's open documents)
        self._texts: dict[Path, tuple[tuple, str | None, str]] = {}  # file -> (stat, text, digest) as last read
        self._run_texts: dict[Path, tuple[str | None, str]] | None = None  # see steady
        self._noted: dict[Path, str] | None = None  # see noting
        self._using: set[Path] | None = None  # see using
        self.near = NearFiles()  # see named_near

    @contextmanager
    def steady(self):
        """A run over files that do not change while it lasts (a check of a tree): a module's
        text is read once in it, not stat'ed again each time a rule asks for it (~10,000
        stats a check of 1,250 handlers importing one helper module), and the directories near a
        module are listed once (see taint_callers.NearFiles). A check of one file is such a run too;
        one inside another is part of it. Texts read before and after it are checked for changes
        as always, and directories listed again."""
        if self._run_texts is not None:
            yield
            return
        self._run_texts = {}
        try:
            yield
        finally:
            self._run_texts = None
            self.near.forget_run()

    @contextmanager
    def noting(self):
        """A log of the modules whose texts are asked for while the block runs: module -> the
        digest given (the first; nested, the outer's log)."""
        outer = self._noted
        self._noted = {} if outer is None else outer
        try:
            yield self._noted
        finally:
            self._noted = outer

    @contextmanager
    def using(self, path: Path, part: str = ""):
        """One file's check (``path``; ``part``: a part of it, checked apart): while a log is open
        (core.reads), the modules whose texts it reads, but through ``derived``, are noted as the
        ("uses", "path\\0part") fact of the run."""
        if not reads.active():
            yield
            return
        outer, self._using = self._using, set()
        try:
            yield
        finally:
            used, self._using = self._using, outer
            if outer is not None:
                outer |= used
            reads.note_per_file("uses", f"{path}\0{part}", sorted(map(str, used)))

    def derived(self, kind: str, path: Path, compute: Callable[[], object], through: bool = False) -> object:
        """``compute()``: what an index kept for the run (the files near a directory: who handles a
        request, imports a name, fills a field) takes of the text of ``path``. While a log is open,
        noted as the ("derived", "KIND\\0path") fact (the digest of the value), and the text it reads
        is not one the running check uses (see using): the check rests on the index, and the index
        on these values, which a later run asks again of a changed file (result_cache.reuse).
        ``through``: the other modules' texts it reads are the running check's uses (a value also
        of the modules ``path`` imports: taint_derived's rule questions)."""
        if not reads.active():
            return compute()
        using, self._using = self._using, set() if through and self._using is not None else None
        try:
            value = compute()
        finally:
            read, self._using = self._using, using
            if read:
                using |= read - {path}
        reads.note_per_file("derived", f"{kind}\0{path}", value_digest(value))
        return value

    def kept(self, cache: dict, key: tuple, compute: Callable[[], object], owner: object = None) -> object:
        """``compute()``, kept in ``cache`` under ``key`` (a module's content) with the modules it read
        (see reading): an answer from the cache is asked again of them (see asked_again), whichever
        check computed it (a module's answer may rest on the modules it imports, whose contents its
        key does not hold). ``owner``: the rule whose ``id()`` the key holds, kept with the answer (so
        its id stays its own) and compared: another rule that took a dropped rule's id works it out."""
        known = cache.get(key)
        if known is not None and known[2] is owner and self.asked_again(known[1]):
            return known[0]
        with self.reading() as read:
            value = compute()
        if len(cache) > 50_000:
            cache.clear()
        cache[key] = (value, None if read is None else tuple(sorted(read)), owner)
        return value

    @contextmanager
    def reading(self):
        """The modules whose texts are read while the block runs (the running check's uses: see
        using), in a set filled as it runs; None where no check is noting its uses."""
        using, self._using = self._using, None if self._using is None else set()
        try:
            yield self._using
        finally:
            read, self._using = self._using, using
            if read is not None:
                using |= read

    def asked_again(self, read: tuple[Path, ...] | None) -> bool:
        """Whether an answer kept with the modules it ``read`` (see reading) answers the running
        check: their texts asked again, so that each check it answers notes them as its uses. False
        for one kept where no check noted its uses, when one does now: work it out again."""
        if self._using is None:
            return True
        for module in read or ():
            self.text(module)
        return read is not None

    def digest(self, path: Path) -> str:
        """A module's digest (see text), not noted as a text the running check uses: what a cache
        of its own keeps by (see taint_modules.ModuleLink.consulted)."""
        known = self._text(path)
        if self._noted is not None:
            self._noted.setdefault(path, known[1])
        return known[1]

    def text(self, path: Path) -> tuple[str | None, str]:
        """A module's text (the editor's, else the file's) and its digest."""
        known = self._text(path)
        if self._noted is not None:
            self._noted.setdefault(path, known[1])
        if self._using is not None:
            self._using.add(path)
        return known

    def _text(self, path: Path) -> tuple[str | None, str]:
        if self.overlay and path in self.overlay:  # (a Path hashed for an empty overlay: ~20,000 a tree's check)
            text = self.overlay[path]
            if unparseable(text, module_language(path)) is not None:
                return None, ""
            return text, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        if self._run_texts is not None:
            known = self._run_texts.get(path)
            if known is None:
                known = self._run_texts[path] = self._disk_text(path)
            return known
        return self._disk_text(path)

    def _disk_text(self, path: Path) -> tuple[str | None, str]:
        """A file's text and its digest, read again only when its stat changed."""
        try:
            status = path.stat()
            stamp = (status.st_mtime_ns, status.st_size, status.st_ino)
        except OSError:
            reads.note_missing(str(path))
            return None, ""
        known = self._texts.get(path)
        if known is None or known[0] != stamp:
            text = _read_disk(path)
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() if text is not None else ""
            known = self._texts[path] = (stamp, text, digest)
        return known[1], known[2]


def value_digest(value: object) -> str:
    """A short digest of a value derived from a text (sets sorted, dataclasses by their fields)."""
    return hashlib.sha256(json.dumps(_plain(value), sort_keys=True, default=str).encode("utf-8", "surrogatepass")
                          ).hexdigest()[:24]


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return sorted([[_plain(k), _plain(v)] for k, v in value.items()], key=repr)
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    return value if value is None or isinstance(value, (bool, int, float, str)) else str(value)
