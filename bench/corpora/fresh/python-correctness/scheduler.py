from __future__ import annotations

import functools
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    deps: list = field(default_factory=list)
    tags: set = field(default_factory=set)


class Scheduler:
    def __init__(self):
        self.jobs: dict[str, Job] = {}
        self.pending: set[str] = set()
        self.lock = threading.Lock()

    def add(self, job: Job) -> None:
        with self.lock:
            self.jobs[job.name] = job
            self.pending.add(job.name)

    def run_ready(self) -> list[str]:
        done = []
        for name in self.pending:
            job = self.jobs[name]
            if all(d not in self.pending for d in job.deps):
                done.append(name)
                # expect: mutate-while-iterating
                self.pending.discard(name)
        return done

    def run_ready_ok(self) -> list[str]:
        ready = [n for n in self.pending if all(d not in self.pending for d in self.jobs[n].deps)]
        self.pending.difference_update(ready)
        return ready

    def expire(self) -> None:
        for name, job in self.jobs.items():
            if "expired" in job.tags:
                # expect: mutate-while-iterating
                self.jobs.pop(name)

    def retag(self) -> None:
        for job in self.jobs.values():
            job.tags.add("seen")

    def same_job(self, a: Job, b: Job) -> bool:
        # expect: self-comparison
        return a.name == a.name and a.deps == b.deps

    def has_cycle(self) -> bool:
        return False

    @functools.lru_cache(maxsize=None)
    def order(self):
        # expect: cached-generator
        return (name for name in sorted(self.jobs))


def write_plan(lines: list[str]) -> str:
    tmp = tempfile.NamedTemporaryFile("w", suffix=".plan", delete=False)
    tmp.write("\n".join(lines))
    # expect: tempfile-not-flushed
    subprocess.run(["planner", "--check", tmp.name], check=True)
    return tmp.name


def write_plan_ok(lines: list[str]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".plan", delete=False) as tmp:
        tmp.write("\n".join(lines))
        tmp.flush()
        subprocess.run(["planner", "--check", tmp.name], check=True)
    return tmp.name


def append_log(path: str, line: str) -> None:
    with open(path) as fh:
        # expect: write-to-readonly-file
        fh.write(line + "\n")


def append_log_ok(path: str, line: str) -> None:
    with open(path, "a") as fh:
        fh.write(line + "\n")


def main() -> int:
    s = Scheduler()
    s.add(Job("build"))
    print(s.run_ready())
    return 0


if __name__ == "__main__":
    sys.exit(main())
