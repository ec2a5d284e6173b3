"""Health checks for the background workers and their spool directories."""
import threading
from pathlib import Path


class Worker:
    def __init__(self, spool: Path):
        self.spool = spool
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self.loop, daemon=True)

    def loop(self):
        # expect: function-not-called
        while not self.stop_event.is_set:
            self.drain()

    def drain(self):
        for item in sorted(self.spool.iterdir()):
            # expect: function-not-called
            if item.is_file:
                item.unlink()

    def healthy(self):
        # expect: function-not-called
        return self.thread.is_alive and self.spool.exists()


def count_whole(values):
    # expect: function-not-called
    return sum(1 for v in values if v.is_integer)


def spool_dirs(root: Path):
    # expect: function-not-called
    return [p for p in root.iterdir() if p.is_dir]


def ready(worker: Worker):
    return worker.thread.is_alive() and not worker.stop_event.is_set()


def files_only(root: Path):
    return [p for p in root.iterdir() if p.is_file()]
