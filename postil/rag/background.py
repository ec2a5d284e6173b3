"""Keep an index fresh from a long-running process (the language server) without getting in its way.

One worker thread (OS priority lowered where the platform allows) runs a full update
first, then the paths reported saved or changed since, coalesced. After each run it gives
the chunks still without them the local model's vectors, when the index has a model
(progress paths then start with ``MODEL_PHASE``); searches meanwhile use what is complete. The host can pause
indexing while it computes diagnostics (``with indexer.paused(): ...``), cancel a run
(the index stays consistent: see ``catalog``), and follow progress for ``$/progress``.
No LSP types here: the server adapts the callbacks.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager


MODEL_PHASE = "model vectors: "


class IndexingCancelled(Exception):
    """Raised inside an update to stop it early."""


def lower_thread_priority(step: int = 10) -> None:
    """Nice the calling thread (Linux: priorities are per thread); ignored elsewhere."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), min(19, os.getpriority(os.PRIO_PROCESS, 0) + step))
    except (AttributeError, OSError):
        pass


class BackgroundIndexer:
    def __init__(
        self,
        index,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_done: Callable[[object, bool], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.index = index
        self.on_progress = on_progress
        self.on_done = on_done
        self.on_error = on_error
        self._cond = threading.Condition()
        self._full = False
        self._paths: set[str] = set()
        self._busy = False
        self._stop = False
        self._cancel = False
        self._paused = 0
        self._thread: threading.Thread | None = None
        self.blocked = threading.Event()  # set while a run waits for a pause to end
        self.last_stats = None
        self.last_error: BaseException | None = None

    # -- control -----------------------------------------------------------------
    def start(self) -> None:
        """Schedule a full update (the first thing after initialize)."""
        with self._cond:
            self._full = True
            self._ensure_thread()
            self._cond.notify_all()

    def notify(self, paths: Iterable[str]) -> None:
        """Files saved, created, changed or deleted: refresh just these (after any current run)."""
        with self._cond:
            self._paths.update(str(p) for p in paths)
            self._ensure_thread()
            self._cond.notify_all()

    def cancel(self) -> None:
        """Stop the current run at the next file; queued work stays queued."""
        with self._cond:
            self._cancel = self._busy
            self._cond.notify_all()

    @contextmanager
    def paused(self):
        """Hold indexing (between files) while the host does latency-sensitive work."""
        with self._cond:
            self._paused += 1
        try:
            yield
        finally:
            with self._cond:
                self._paused -= 1
                self._cond.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until nothing is running or queued; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._busy and not self._full and not self._paths, timeout)

    def stop(self, timeout: float | None = 30) -> None:
        with self._cond:
            self._stop = True
            self._cancel = self._busy
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def busy(self) -> bool:
        return self._busy

    # -- worker ------------------------------------------------------------------
    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop = False
            self._thread = threading.Thread(target=self._run, name="postil-indexer", daemon=True)
            self._thread.start()

    def _progress(self, done: int, total: int, path: str) -> None:
        with self._cond:
            while self._paused and not self._cancel:
                self.blocked.set()
                self._cond.wait()
            self.blocked.clear()
            if self._cancel:
                raise IndexingCancelled()
        if self.on_progress is not None:
            self.on_progress(done, total, path)

    def _model_vectors(self) -> int:
        """The model's vectors for what the update added (0 without a model); a failing model is
        said once and leaves the index searching with the default vectors."""
        from postil.rag.indexer import IndexUnavailable

        build = getattr(self.index, "build_model_vectors", None)
        if build is None:
            return 0
        try:
            return build(on_progress=lambda done, total, path: self._progress(done, total, MODEL_PHASE + path))
        except IndexUnavailable as exc:
            say = getattr(self.index, "_say", None)
            if say is not None:
                say(f"postil: {exc}")
            return 0

    def _run(self) -> None:
        lower_thread_priority()
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._stop or self._full or self._paths)
                if self._stop:
                    self._cond.notify_all()
                    return
                full, paths = self._full, self._paths
                self._full, self._paths = False, set()
                self._busy = True
                self._cancel = False
            try:
                stats = self.index.update(on_progress=self._progress, paths=None if full else sorted(paths))
                stats.model_embedded = self._model_vectors()
                self.last_stats, self.last_error = stats, None
                if self.on_done is not None:
                    self.on_done(stats, full)
            except IndexingCancelled:
                pass
            except Exception as exc:  # reported, never fatal to the host
                self.last_error = exc
                if self.on_error is not None:
                    self.on_error(exc)
            finally:
                with self._cond:
                    self._busy = False
                    self._cancel = False
                    self._cond.notify_all()
