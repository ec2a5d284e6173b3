"""Output plugins run by the worker: webhook and email."""
import smtplib

import requests

SPLUNK_HEC = "https://splunk.internal:8088/services/collector/event"


def _webhook(args, results):
    # expect: ssrf
    requests.post(args["url"], json={"results": results}, timeout=30)


def _splunk(args, results):
    requests.post(SPLUNK_HEC, json={"event": results, "index": str(args.get("index", "grr"))}, timeout=30)


def _email(args, results):
    with smtplib.SMTP("localhost") as smtp:
        smtp.sendmail("grr@localhost", [args["email_address"]], f"Subject: hunt results\n\n{len(results)} results")


PLUGINS = {"WebhookOutputPlugin": _webhook, "SplunkOutputPlugin": _splunk, "EmailOutputPlugin": _email}


def run(name, args, results):
    plugin = PLUGINS.get(name)
    if plugin:
        plugin(args, results)
