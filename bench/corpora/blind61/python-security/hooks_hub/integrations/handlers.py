"""Per-event handlers: modules register a callback for an event type; the dispatcher calls it."""
import logging
import subprocess
from typing import Callable, Dict

from django.conf import settings
from django.db import connection

log = logging.getLogger("hooks.handlers")

_HANDLERS: Dict[str, Callable] = {}
DEPLOYABLE = {"api-server": "/srv/deploy/api.sh", "storefront": "/srv/deploy/web.sh"}
STRICT_MODE = True


def on(event_type):
    def register(fn):
        _HANDLERS[event_type] = fn
        return fn
    return register


def dispatch(event_type, payload, **extra):
    handler = _HANDLERS.get(event_type)
    if handler is None:
        log.debug("no handler registered for this event type")
        return None
    return handler(payload, **extra)


@on("push")
def handle_push(payload, **extra):
    repo = payload.get("repository", {}).get("name", "")
    ref = payload.get("ref", "refs/heads/main")
    script = DEPLOYABLE.get(repo)
    if script is None:
        return "ignored"
    branch = ref.rsplit("/", 1)[-1]
    # expect: command-injection
    subprocess.run(f"{script} --branch {branch}", shell=True, check=False, timeout=900)
    return "deploying"


@on("release")
def handle_release(payload, **extra):
    repo = payload.get("repository", {}).get("name", "")
    script = DEPLOYABLE.get(repo)
    if script is None:
        return "ignored"
    tag = payload.get("release", {}).get("tag_name", "")
    subprocess.run([script, "--tag", tag], check=False, timeout=900)
    return "releasing"


@on("issue_comment")
def handle_comment(payload, **extra):
    body = payload.get("comment", {}).get("body", "")
    match body.split():
        case ["/label", label, *_]:
            table = extra.get("table", "issue_labels")
            with connection.cursor() as cursor:
                # expect: sql-injection
                cursor.execute(f"INSERT INTO {table} (label) VALUES ('{label}')")
            return "labelled"
        case ["/assign", user]:
            with connection.cursor() as cursor:
                cursor.execute("INSERT INTO issue_assignees (login) VALUES (%s)", [user])
            return "assigned"
        case _:
            return "ignored"


@on("ping")
def handle_ping(payload, **extra):
    zen = payload.get("zen", "")
    if not STRICT_MODE:
        subprocess.run("echo " + zen, shell=True, check=False)
    command = "true"
    if zen:
        command = "echo pong"
    subprocess.run(command, shell=True, check=False)
    return settings.PARTNER_ENDPOINTS.get("analytics")
