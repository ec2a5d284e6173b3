"""Work on many inputs in forked worker processes whose work on one input is stopped once it
passes a time limit (the worker's CPU time where the system shows it, else the time passed):
the worker is killed and a new one goes on with the inputs after it.

A check keeps its own time limit between its steps (core.deadline), but one step inside
ast-grep holds the interpreter until it returns (a rule cubic in the nesting ran five minutes
on one file after its 10 s limit had passed); only ending the process stops it. Results come
back pickled through a pipe (what a process pool does too; the workers are this program's own
forks, never another's data)."""

from __future__ import annotations

import os
import pickle
import selectors
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from postil.core.pickle_frames import HEADER, send

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100  # /proc's CPU time unit
_WAITING = 6  # a worker is stopped after this many times its limit in time passed, whatever its CPU


def process_cpu(pid: int) -> float | None:
    """A process's CPU seconds (all its threads) where /proc shows them (Linux), else None: a
    process on a busy machine is not stopped for the time other programs took."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, IndexError, ValueError):
        return None


@dataclass
class _Worker:
    pid: int
    reader: int  # the pipe's read end
    stride: int
    current: int | None = None  # the input being worked on
    since: float = 0.0  # the worker's CPU seconds when that work began
    began: float = 0.0  # and the monotonic time
    buffer: bytes = b""

    def cpu(self) -> float | None:
        """The worker's CPU seconds (see process_cpu)."""
        return process_cpu(self.pid)

    def over(self, seconds: float) -> bool:
        """Whether the current input's work has taken more than ``seconds`` of CPU, or
        :data:`_WAITING` times as long in time passed (a worker stuck without using the CPU)."""
        return self.left(seconds) == 0.0

    def left(self, seconds: float) -> float:
        """Time that must pass at least before :meth:`over` can become true. A worker (one
        thread) uses no more CPU than the time passed, so /proc is read only once that is past."""
        passed = time.monotonic() - self.began
        cpu = self.cpu() if passed > seconds else None
        if cpu is None:  # (or no /proc: the time passed is the measure)
            return max(0.0, seconds - passed)
        return max(0.0, min(seconds - (cpu - self.since), _WAITING * seconds - passed))


def run_stoppable(count: int, work: Callable[[int], object], seconds: float,
                  stopped: Callable[[int, str | None], object], workers: int = 1,
                  finished: Callable[[], object] | None = None) -> Iterator[tuple[int, object]]:
    """(i, ``work(i)``) for each i below ``count``, in the order they finish, from ``workers``
    forked processes (worker k takes k, k + workers, ...); an input whose work passes ``seconds``
    gives (i, ``stopped(i, None)``) and its worker is killed; one whose worker dies (i,
    ``stopped(i, how)``: "ended by signal 11 (SIGSEGV)", "exited with status 1"). A worker done with its inputs calls ``finished`` (to keep what it
    learned, such as compiled patterns) before it ends."""
    selector = selectors.DefaultSelector()
    live: dict[int, _Worker] = {}

    def start(first: int, stride: int) -> None:
        if first >= count:
            return
        worker = _fork(first, stride, count, work, finished)
        live[worker.reader] = worker
        selector.register(worker.reader, selectors.EVENT_READ)

    def end(worker: _Worker, kill: bool) -> int:
        selector.unregister(worker.reader)
        del live[worker.reader]
        os.close(worker.reader)
        if kill:
            os.kill(worker.pid, signal.SIGKILL)
        return os.waitpid(worker.pid, 0)[1]

    for k in range(min(workers, count)):
        start(k, workers)
    try:
        while live:
            due = [w.left(seconds) for w in live.values() if w.current is not None]
            for key, _ in selector.select(min(due) if due else None):
                worker = live[key.fd]
                chunk = os.read(key.fd, 1 << 16)
                if not chunk:  # the worker ended: done, or died inside an input's work
                    status = end(worker, kill=False)
                    if worker.current is not None:
                        yield worker.current, stopped(worker.current, _death(status))
                        start(worker.current + worker.stride, worker.stride)
                    continue
                worker.buffer += chunk
                yield from _messages(worker)
            for worker in [w for w in live.values() if w.current is not None]:
                if worker.over(seconds):
                    end(worker, kill=True)
                    yield worker.current, stopped(worker.current, None)
                    start(worker.current + worker.stride, worker.stride)
    finally:
        for worker in list(live.values()):
            end(worker, kill=True)
        selector.close()


def _death(status: int) -> str:
    """How a worker ended (``status``: os.waitpid's), in words: a signal prints nothing."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = f" ({signal.Signals(number).name})"
        except ValueError:
            name = ""
        return f"ended by signal {number}{name}"
    return f"exited with status {os.waitstatus_to_exitcode(status)}: the error is on stderr"


def _messages(worker: _Worker) -> Iterator[tuple[int, object]]:
    """The whole messages in the worker's buffer: (i, True, its CPU seconds) says input i began;
    (i, False, result) that it ended."""
    while len(worker.buffer) >= HEADER:
        size = int.from_bytes(worker.buffer[:HEADER], "big")
        if len(worker.buffer) < HEADER + size:
            return
        i, began, result = pickle.loads(worker.buffer[HEADER:HEADER + size])  # noqa: S301 — our own fork's
        worker.buffer = worker.buffer[HEADER + size:]
        if began:
            worker.current, worker.since, worker.began = i, result, time.monotonic()
        else:
            worker.current = None
            yield i, result


def _fork(first: int, stride: int, count: int, work: Callable[[int], object],
          finished: Callable[[], object] | None) -> _Worker:
    reader, writer = os.pipe()
    pid = os.fork()
    if pid:
        os.close(writer)
        return _Worker(pid, reader, stride)
    code = 0
    try:  # the child: never returns into the parent's code
        os.close(reader)
        with os.fdopen(writer, "wb") as out:
            for i in range(first, count, stride):
                send(out, (i, True, time.process_time()))
                send(out, (i, False, work(i)))
        if finished is not None:
            finished()
    except BaseException:  # noqa: BLE001 — reported as the worker's death by the parent
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        os._exit(code)


class SilenceWatch:
    """Kills ``process`` (a subprocess.Popen) once it has used ``seconds`` of CPU with no
    :meth:`heard` call (or, where /proc does not show its CPU, once that much time passed; and
    whatever its CPU, after :data:`_WAITING` times as long): a tool that stops printing while it
    works is stuck on an input it cannot finish (ast-grep's CLI inside one file's search), one
    that waits for a core on a busy machine is not. And, given a ``budget``, once it has used that
    much CPU in all (``over_budget``): a tool that goes on printing may still never end. ``stop``
    ends it (by default ``process.kill``); ``stopped`` says whether it did; use as a context manager."""

    def __init__(self, process, seconds: float, budget: float | None = None,
                 stop: Callable[[], object] | None = None) -> None:
        import threading

        self.process, self.seconds, self.budget, self.stopped, self.over_budget = process, seconds, budget, False, False
        self._stop = stop or process.kill
        self._last = self._began = time.monotonic()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="postil-silence-watch", daemon=True)

    def heard(self) -> None:
        self._last = time.monotonic()

    def _watch(self) -> None:
        pid = self.process.pid
        heard, since = self._last, process_cpu(pid)  # the last print seen, and the CPU then
        cpu = since
        while not self._done.wait(max(0.05, min(1.0, heard + self.seconds - time.monotonic(),
                                                self._budget_left(cpu)))):
            cpu = process_cpu(pid)
            if self.budget is not None and self._past_budget(cpu):
                self.over_budget = True
                break
            if self._last != heard:  # it printed: count again from here
                heard, since = self._last, cpu
                continue
            passed = time.monotonic() - heard
            used = passed if cpu is None or since is None else cpu - since
            if used > self.seconds or passed > _WAITING * self.seconds:
                break
        else:
            return
        self.stopped = True
        self._stop()

    def _budget_left(self, cpu: float | None) -> float:
        """How long the watch may wait before the budget may be spent (of CPU: at most one second)."""
        return self.budget - cpu if self.budget is not None and cpu is not None else 1.0

    def _past_budget(self, cpu: float | None) -> bool:
        """Whether the process used more than its budget of CPU (where /proc does not show it: of
        time, :data:`_WAITING` times as long)."""
        return cpu > self.budget if cpu is not None else time.monotonic() - self._began > _WAITING * self.budget

    def __enter__(self) -> SilenceWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        self._thread.join()
