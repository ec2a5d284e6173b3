"""Maps chat-bot commands and webhook actions to handler functions."""
import logging

log = logging.getLogger(__name__)

VERSION = "2.4.1"


def cmd_status(args):
    return "ok"


def cmd_deploy(args):
    return "deploying " + " ".join(args)


HANDLERS = {"status": cmd_status, "deploy": cmd_deploy}


def dispatch(message):
    name, *args = message.text.split()
    # expect: code-injection
    handler = globals()["cmd_" + name]
    return handler(args)


def run_action(payload):
    # expect: code-injection
    action = globals().get(payload["action"])
    if action is None:
        return {"error": "unknown action"}
    return action(payload.get("args", []))


class WebhookRouter:
    def route(self, event):
        namespace = globals()
        # expect: code-injection
        hook = namespace.get(event.type + "_hook")
        return hook(event) if hook else None


def call_in_module(func, name, *args):
    # expect: code-injection
    target = func.__globals__[name]
    return target(*args)


def run_report(request):
    report_name = request.args.get("report", "daily")
    # expect: code-injection
    builder = globals()[f"build_{report_name}_report"]
    return builder(request.user)


def safe_dispatch(message):
    name, *args = message.text.split()
    handler = HANDLERS.get(name)
    if handler is None:
        log.info("unknown command %s", name)
        return "unknown command"
    return handler(args)


def version_banner():
    return "bot " + globals()["VERSION"]
