"""What a bulk scan's ast-grep run may take, and how its output is read: the CLI is a tool run on
untrusted input, so a run has a budget of CPU scaled by the bytes it is given (past it the process
group is killed and the files are checked in process, each under its own limit), and what it
prints is read as untrusted text: lines and output of bounded length, each line a JSON record of
the shape postil reads, or the run is taken to have failed (its records are not all of them)."""

from __future__ import annotations

import json
import os
import signal

# CPU seconds (all of ast-grep's threads) a run may use: a start (each run compiles its rules, ~0.7 s)
# and so much a megabyte given (normal code ~0.5 s; cachegrind's runs ~25x slower). A hostile file the
# pre-pass lets through (a 990 KB one took ~7 s) is stopped; one that would never end, at this.
_RUN_SECONDS = 30.0
_SECONDS_A_MEGABYTE = 30.0
# A record holds its match's text and lines (a root match: the file, each character up to 6 escaped):
# a line may be so many times the largest file given, and the output so many times all of them.
_LINE_TIMES = 16
_LINE_LEAST = 1 << 20
_OUTPUT_TIMES = 256
_OUTPUT_LEAST = 64 << 20


def run_budget(given_bytes: int) -> float:
    """The CPU seconds an ast-grep run given files of ``given_bytes`` in all may use."""
    return _RUN_SECONDS + _SECONDS_A_MEGABYTE * given_bytes / 1e6


def start_alone() -> dict:
    """Popen's arguments that start the run in a process group of its own (see stop_group)."""
    return {"start_new_session": True} if os.name == "posix" else {}


def stop_group(process) -> None:
    """Kill the run and whatever it started (its process group, where it has one of its own)."""
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except ProcessLookupError:  # (it ended meanwhile)
        pass


class OutputReader:
    """The lines of a run's output, each at most ``_LINE_TIMES`` the largest file given and all of
    them ``_OUTPUT_TIMES`` the bytes given: past either, or on a line that is not a record postil
    reads, :class:`RuntimeError` says so (the run is then incomplete)."""

    def __init__(self, stream, largest: int, given_bytes: int) -> None:
        self.stream = stream
        self.line_limit = max(_LINE_LEAST, _LINE_TIMES * largest)
        self.left = max(_OUTPUT_LEAST, _OUTPUT_TIMES * given_bytes)

    def __iter__(self):
        while line := self.stream.readline(self.line_limit + 1):
            if len(line) > self.line_limit:
                raise RuntimeError(f"ast-grep printed a line longer than {self.line_limit:,} characters; "
                                   "its output is not read")
            self.left -= len(line)
            if self.left < 0:
                raise RuntimeError("ast-grep printed more than its output's bound for the files given; "
                                   "its output is not read")
            yield line


def record_of(line: str) -> dict:
    """One printed line as the record it should be (see checked): else :class:`RuntimeError`."""
    try:
        record = json.loads(line)
    except ValueError:
        raise RuntimeError(f"ast-grep printed a line that is not JSON: {line[:80]!r}") from None
    return checked(record)


def _offsets(value: object) -> bool:
    return isinstance(value, dict) and all(type(value.get(k)) is int and value[k] >= 0 for k in ("start", "end")) \
        and value["start"] <= value["end"]


def checked(record: object) -> dict:
    """``record`` where it has what bulk.raw_matches reads, of the types it reads (a file and a rule
    id, its range's byte offsets, a message and replacement as text): else :class:`RuntimeError`."""
    good = isinstance(record, dict) and isinstance(record.get("file"), str) and isinstance(record.get("ruleId"), str)
    if good:
        span = record.get("range")
        good = isinstance(span, dict) and _offsets(span.get("byteOffset")) \
            and all(isinstance(record.get(k), (str, type(None))) for k in ("message", "replacement")) \
            and ("replacementOffsets" not in record or record["replacementOffsets"] is None
                 or _offsets(record["replacementOffsets"]))
    if not good:
        raise RuntimeError(f"ast-grep printed a record postil cannot read: {json.dumps(record)[:120]}")
    return record
