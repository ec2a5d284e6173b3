"""SQS-triggered worker: renders notification templates and calls partner webhooks."""

from __future__ import annotations

import json
import logging

import requests
from jinja2 import Environment, BaseLoader, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

log = logging.getLogger()
env = Environment(loader=BaseLoader(), autoescape=select_autoescape())
sandbox = SandboxedEnvironment(autoescape=True)
WEBHOOK_HOSTS = ("https://hooks.partner-a.example/", "https://hooks.partner-b.example/")


def handler(event, context):
    for record in event["Records"]:
        msg = json.loads(record["body"])
        process(msg)
    return {"batchItemFailures": []}


def process(msg: dict) -> None:
    template_src = msg["template"]
    # expect: template-injection
    text = env.from_string(template_src).render(user=msg.get("user", {}))
    hook = msg["callback_url"]
    # expect: ssrf
    requests.post(hook, json={"text": text}, timeout=10)


def process_safe(msg: dict) -> None:
    text = sandbox.from_string(msg["template"]).render(user=msg.get("user", {}))
    hook = msg["callback_url"]
    if not hook.startswith(WEBHOOK_HOSTS):
        log.warning("dropping callback to %s", hook)
        return
    requests.post(hook, json={"text": text}, timeout=10)


def audit(msg: dict) -> None:
    log.info("processed message for %s", msg.get("user", {}).get("id"))
