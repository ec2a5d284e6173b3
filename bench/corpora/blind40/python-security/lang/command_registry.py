"""A tiny CLI dispatcher that looks commands up by name."""
import sys


def cmd_status():
    return "ok"


def cmd_purge():
    return "purged"


def dispatch(name):
    # expect: code-injection
    handler = globals()["cmd_" + name]
    return handler()


def dispatch_get(name, default=None):
    # expect: code-injection
    return globals().get(name, default)


def run_local(expr_name):
    scope = locals()
    # expect: code-injection
    return scope[expr_name]


def from_function(fn, name):
    # expect: code-injection
    return fn.__globals__[name]


def main(argv):
    namespace = globals()
    # expect: code-injection
    action = namespace.get(argv[1])
    return action() if callable(action) else None


COMMANDS = {"status": cmd_status, "purge": cmd_purge}


def safe_dispatch(name):
    handler = COMMANDS.get(name, cmd_status)
    version = globals()["__doc__"]
    globals()["LAST_COMMAND"] = name
    return handler(), version


if __name__ == "__main__":
    print(main(sys.argv))
