"""Command dispatcher for the chat-ops bot."""
import logging

log = logging.getLogger(__name__)

HANDLERS = {}


def cmd_deploy(args):
    return f"deploying {args}"


def cmd_status(args):
    return "all green"


def handle_message(message):
    name, _, rest = message["text"].partition(" ")
    # expect: code-injection
    handler = globals().get("cmd_" + name)
    if handler is None:
        return "unknown command"
    return handler(rest)


def handle_button(payload):
    # expect: code-injection
    return globals()[payload["action"]](payload.get("value"))


def handle_legacy(request_args):
    scope = globals()
    # expect: code-injection
    target = scope[request_args["fn"]]
    return target(request_args.get("arg"))


def handle_plugin(plugin_fn, name, rest):
    # expect: code-injection
    return plugin_fn.__globals__[name](rest)


def handle_safe(message):
    name, _, rest = message["text"].partition(" ")
    handler = HANDLERS.get(name)
    return handler(rest) if handler else "unknown command"


def version():
    return globals()["__name__"], globals().get("__doc__")


def register(name, fn):
    globals()["cmd_" + name] = fn
    HANDLERS[name] = fn
