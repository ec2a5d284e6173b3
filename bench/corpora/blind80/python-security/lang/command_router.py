"""Dispatch chat-ops commands to handler functions in this module."""
import logging

log = logging.getLogger(__name__)


def cmd_deploy(args):
    return f"deploying {args[0] if args else 'main'}"


def cmd_status(args):
    return "all green"


def cmd_help(args):
    return ", ".join(sorted(HANDLERS))


HANDLERS = {"deploy": cmd_deploy, "status": cmd_status, "help": cmd_help}


def dispatch(message):
    name, *args = message.split()
    # expect: code-injection
    handler = globals().get("cmd_" + name)
    if handler is None:
        return "unknown command"
    return handler(args)


def dispatch_raw(message):
    name, _, rest = message.partition(" ")
    # expect: code-injection
    return globals()[name](rest.split())


def dispatch_scoped(message, scope=None):
    name = message.split()[0]
    table = globals()
    # expect: code-injection
    fn = table.get(name)
    return fn(message.split()[1:]) if callable(fn) else None


def dispatch_via_func(message):
    name = message.strip()
    # expect: code-injection
    return cmd_help.__globals__[name]([])


def dispatch_safe(message):
    name, *args = message.split()
    handler = HANDLERS.get(name)
    return handler(args) if handler else "unknown command"


def version():
    return globals()["__version__"] if "__version__" in globals() else "dev"


def register(name, fn):
    globals()["cmd_" + name] = fn
    HANDLERS[name] = fn
