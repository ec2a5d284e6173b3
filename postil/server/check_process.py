"""The process the server's rule checks run in (the server's side of it; the process itself is
``postil.server.check_child``). It owns the checkers and all they keep between checks: each open
document's results by unit (rules/incremental.py) and the modules its taint rules followed.

One ast-grep search can take minutes on a shape it is super-linear on (a set literal of many
thousand items for a rule comparing each item with those before it) and holds the interpreter
all that time: ast-grep-py does not release the GIL while it searches. In the server's own
process that froze every handler, hover, code actions, other documents and ``shutdown``
included, until the search ended. Here the server kills the process (:meth:`CheckProcess.stop`)
and the next check starts a new one, whose first check of each document is whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

from postil.core import pickle_frames
from postil.server.checking import CheckResult
from postil.server.config_facts import ConfigFacts
from postil.server.uris import uri_to_path

log = logging.getLogger("postil.server")

# Seconds a check may run before it is stopped: the per-file time limit the check keeps itself
# (checked between its steps) and as long again for loading the rules. Past it one step is stuck
# (an ast-grep search holding the process), and the process is killed.
CHECK_BOUND = 20.0

STUCK_KEPT = 16  # texts whose check ended the process, remembered (CheckProcess.stuck)

# why a document was not checked whose check ended the process without being stopped (a crash)
ENDED = "its check ended the check process (the error is in the server's log)"


# what the user can do about a file whose check is stopped
SLOW_FILE_ADVICE = "leave the file out with `exclude`, or turn the slow rule off for it with `per-file-ignores`"


def stopped_after(seconds: float) -> str:
    """Why a document was not checked whose check was stopped past ``seconds`` (as the CLI says
    it of a file, with what the user can do)."""
    return (f"one step of the rules (an ast-grep search or a taint rule) was stopped: the check took longer "
            f"than {seconds:g} s; it is checked again when it changes (if it happens again, {SLOW_FILE_ADVICE})")


def of(session) -> CheckProcess:
    """The session's check process (made on first use; started on first request)."""
    if session.check_process is None:
        session.check_process = CheckProcess()
    return session.check_process


def warm_up(session, folders: list[Path]) -> None:
    """Have the check process load the engine and rules, and wait until it has (the check worker:
    lifecycle). The server never loads them; it learns of the configs from the check process's
    answers (``postil.server.config_facts``)."""
    process = of(session)
    process.warm_up(session.settings, session.cache_generation, folders)
    with contextlib.suppress(Ended):  # (said in the log; the next request starts it again)
        process.warmed()


def check(session, folders: list[Path], uri: str, text: str, buffers: dict[str, str]) -> CheckResult:
    """The document's check in the check process (the check worker thread, or the first check:
    ``postil.server.front``)."""
    return of(session).check(session.settings, session.cache_generation, folders, uri, text, buffers)


def workspace_files(session, folders: list[Path]) -> tuple[list[Path], list[str]]:
    """The files ``postil.checkWorkspace`` checks, and the config problems met finding them (the
    check worker thread); Ended when that ended the process."""
    return of(session).ask(session.settings, session.cache_generation, folders, "files")


def check_file(session, folders: list[Path], path: Path):
    """One file on disk checked in the check process (a ``FileReport``; the check worker
    thread); Ended when its check ended the process."""
    return of(session).ask(session.settings, session.cache_generation, folders, "file", path)


def reviewer_rules(session, folders: list[Path], operation: str, path: Path, text: str | None, *args):
    """One of the LLM reviewer's rule checks (``postil.analyzers.llm.rule_checks``) of ``path``'s
    ``text`` (None: of its config only) in the check process (the check worker thread); Ended when
    it ended the process, or at once when a check of that text did before (see CheckProcess.stuck)."""
    process = of(session)
    key = None if text is None else (session.cache_generation, path, _digest(text))
    if key in process.stuck:
        raise Ended(process.stuck[key])
    arguments = args if text is None else (text, *args)
    try:
        return process.ask(session.settings, session.cache_generation, folders, "rules", operation, path, *arguments)
    except Ended as ended:
        process.stuck_on(key, ended.why)
        raise


def count_rules(session, folders: list[Path]) -> None:
    """Have the check process count the rules each config runs (for ``postil.showStatus``: they
    come with config_facts from then on)."""
    of(session).ask(session.settings, session.cache_generation, folders, "count")


def bounded(session, work, *args):
    """``work(*args)`` (a request to the check process), the process killed past CHECK_BOUND
    seconds by a timer of its own: the bound holds when nobody waits for the answer any more (a
    pull or code action the client cancelled, or one past its REQUEST_BOUND, which is shorter)."""
    bound = threading.Timer(CHECK_BOUND, of(session).stop, (CHECK_BOUND,))
    bound.start()
    try:
        return work(*args)
    finally:
        bound.cancel()


class Ended(Exception):
    """A request ended the check process (stopped past its bound, or a crash); ``why``: what the
    user is told of the file it was for."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


class CheckProcess:
    """The check process, started on first use and again after it was stopped or ended. Its
    methods other than :meth:`stop` run in the check worker thread only."""

    def __init__(self) -> None:
        self._child: subprocess.Popen | None = None
        self._held: dict[str, str] = {}  # the other open documents' texts the child holds, by URI
        self._stopping: float | None = None  # the bound it was stopped past (set by stop)
        self._warming = 0  # answers to warm-ups still to be read
        self._lock = threading.Lock()
        self.importers: dict[Path, frozenset[Path]] = {}  # the files checked there that import each file
        self.facts: ConfigFacts | None = None  # its checkers' configs, as of its last answer that changed them
        # The texts whose check ended the process, by (cache generation, path, digest): the reviewer's
        # checks of one are answered at once (the rules would be stuck on it again). A document is
        # still checked again whenever it is asked.
        self.stuck: dict[tuple[int, Path, bytes], str] = {}

    @property
    def pid(self) -> int | None:
        child = self._child
        return child.pid if child is not None and child.poll() is None else None

    def warm_up(self, settings, generation: int, folders: list[Path]) -> None:
        """Start the process and have it load the engine and rules for ``folders`` (it does
        while the server goes on: the answer is read by :meth:`warmed`, or before the next's)."""
        try:
            pickle_frames.send(self._running().stdin, ("warm", settings, generation, folders, _log_level()))
        except OSError:
            self._ended()  # (the next request starts a new one)
            return
        self._warming += 1

    def warmed(self) -> None:
        """Wait for the warm-ups' answers still to be read."""
        while self._warming:
            self._warming -= 1
            with contextlib.suppress(RuntimeError):
                self._answer("warm", self._child)

    def ask(self, settings, generation: int, folders: list[Path], kind: str, *args):
        """What the process answers to one request (see check_child; waits for it). Ended when the
        request ended the process (:meth:`stop`, or a crash); RuntimeError when it failed there."""
        try:
            child = self._running()
            pickle_frames.send(child.stdin, (kind, settings, generation, folders, _log_level(), *args))
        except OSError:
            raise Ended(self._ended()) from None
        self.warmed()  # (sent before this request: answered first)
        return self._answer(kind, child)

    def _answer(self, kind: str, child: subprocess.Popen | None):
        """Read the process's next answer (see ask)."""
        try:
            if child is None:
                raise EOFError
            asked, logs, importers, facts = pickle_frames.receive(child.stdout)
        except (OSError, EOFError):
            raise Ended(self._ended()) from None
        for level, message in logs:
            log.log(level, "%s", message)
        if importers is not None:
            self.importers = importers
        if facts is not None:
            self.facts = facts
        if asked is None:
            raise RuntimeError(f"{kind} failed in the check process (see the log)")
        return asked

    def check(self, settings, generation: int, folders: list[Path], uri: str, text: str,
              buffers: dict[str, str]) -> CheckResult:
        """``checking.check_text`` in the process. A check that ends the process (:meth:`stop`,
        or a crash) gives a result that says so."""
        if self._child is None or self._child.poll() is not None:
            self._held = {}  # (a new one holds no document yet)
        changed = {u: t for u, t in buffers.items() if self._held.get(u) is not t}
        gone = [u for u in self._held if u not in buffers]
        try:
            result, of_text = self.ask(settings, generation, folders, "check", uri, text, changed, gone)
        except Ended as ended:
            path = uri_to_path(uri)
            self.stuck_on(None if path is None else (generation, path, _digest(text)), ended.why)
            return CheckResult(skipped=ended.why, overran=True)
        except RuntimeError:
            return CheckResult(skipped="internal error (see the log)")
        for u in gone:
            del self._held[u]
        self._held.update(changed)
        if of_text:  # the index of the text as sent (not sent back)
            from postil.analyzers.findings import LineIndex

            result.index = LineIndex(text)
        return result

    def stuck_on(self, key: tuple[int, Path, bytes] | None, why: str) -> None:
        """Remember a text whose check ended the process (see stuck; the latest STUCK_KEPT)."""
        if key is None:
            return
        while len(self.stuck) >= STUCK_KEPT:
            del self.stuck[next(iter(self.stuck))]
        self.stuck[key] = why

    def stop(self, bound: float) -> None:
        """Kill the process (any thread): its check passed ``bound`` seconds."""
        with self._lock:
            child = self._child
            if child is not None and child.poll() is None:
                self._stopping = bound
                child.kill()

    def close(self) -> None:
        """End the process (the server is leaving)."""
        with self._lock:
            child, self._child = self._child, None
        if child is not None:
            _end(child)

    def _running(self) -> subprocess.Popen:
        child = self._child
        if child is None or child.poll() is not None:
            if child is not None:
                _end(child)  # ended while idle (the system's doing)
            child = self._start()
        return child

    def _start(self) -> subprocess.Popen:
        with self._lock:
            self._held, self._stopping, self._warming = {}, None, 0
            # -P: never the working directory (the editor's: the user's files) on the import path;
            # the server's pid: the process ends when the server is gone (check_child._die_with_parent)
            self._child = subprocess.Popen([sys.executable, "-P", "-m", "postil.server.check_child", str(os.getpid())],
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
            return self._child

    def _ended(self) -> str:
        """Why the request that ended the process got no answer (and the process is cleared away)."""
        with self._lock:
            child, bound, self._child, self._stopping, self._warming = self._child, self._stopping, None, None, 0
        if child is not None:
            code = _end(child)
            if bound is None:
                log.error("the check process ended (exit status %s)", code)
        return ENDED if bound is None else stopped_after(bound)


def _end(child: subprocess.Popen) -> int:
    """Kill the process (if it still runs), close its pipes; its exit status."""
    child.kill()
    for pipe in (child.stdin, child.stdout):
        with contextlib.suppress(OSError):
            pipe.close()
    return child.wait()


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _log_level() -> int:
    return logging.getLogger("postil.server").getEffectiveLevel()
