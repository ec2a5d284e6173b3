import threading
from enum import Enum


class State(Enum):
    IDLE = "idle"
    BUSY = "busy"


LABELS = {
    State.IDLE: "waiting",
    State.BUSY: "working",
    # expect: duplicate-key
    State.IDLE: "idle",
}


class WorkerPool:
    def __init__(self, size):
        self.size = size
        self.threads = []
        self.callbacks = []

    def start(self, fn):
        for i in range(self.size):
            # expect: thread-target-called
            t = threading.Thread(target=fn(i), daemon=True)
            t.start()
            self.threads.append(t)

    def start_ok(self, fn):
        for i in range(self.size):
            t = threading.Thread(target=fn, args=(i,), daemon=True)
            t.start()
            self.threads.append(t)

    def register(self, names):
        for name in names:
            # expect: late-binding-closure
            self.callbacks.append(lambda: print("done", name))

    def register_ok(self, names):
        for name in names:
            self.callbacks.append(lambda name=name: print("done", name))

    def stop(self):
        for t in self.threads:
            t.join(timeout=1)

    # expect: redefined-method
    def stop(self):
        self.threads.clear()

    def resize(self, size):
        try:
            self.size = int(size)
        # expect: except-or-expression
        except ValueError or TypeError:
            self.size = 1

    def drain(self):
        try:
            return [t.name for t in self.threads]
        finally:
            # expect: return-in-finally
            return []

    def scale(self, factor):
        # expect: self-assignment
        self.size = self.size
        return self.size * factor

    def pause(self):
        # expect: raise-notimplemented
        raise NotImplemented

    def resume(self):
        raise NotImplementedError


def prune_idle(states: dict):
    for key, state in states.items():
        if state is State.IDLE:
            # expect: mutate-while-iterating
            states.pop(key)


def seen_ids(ids: set, extra):
    for i in ids:
        if i < 0:
            # expect: mutate-while-iterating
            ids.add(-i)
    return ids | set(extra)
