# library: python (closures created in a loop)
import functools


def make_handlers(events):
    handlers = {}
    for name in events:
        # expect: late-binding-closure
        handlers[name] = lambda payload: print(f"{name}: {payload}")
    return handlers


def make_multipliers():
    # expect: late-binding-closure
    return [lambda x: x * i for i in range(1, 4)]


def make_handlers_ok(events):
    handlers = {}
    for name in events:
        handlers[name] = lambda payload, name=name: print(f"{name}: {payload}")
    return handlers


def make_multipliers_ok():
    return [functools.partial(lambda x, k: x * k, k=i) for i in range(1, 4)]


def apply_all(values):
    return [(lambda v: v + 1)(v) for v in values]
