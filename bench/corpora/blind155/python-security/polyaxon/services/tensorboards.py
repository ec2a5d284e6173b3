"""Tensorboard processes and project notifications."""
import logging
import subprocess

import requests

logger = logging.getLogger("haupt.services.tensorboards")

SLACK_HOSTS = ("hooks.slack.com",)


def start(run, logdir, port):
    logger.info("Starting tensorboard for %s on %s", run.uuid.hex, port)
    # expect: command-injection
    return subprocess.Popen("tensorboard --logdir %s --port %d --bind_all" % (logdir, port), shell=True)


def start_argv(run, logdir, port):
    return subprocess.Popen(["tensorboard", "--logdir", logdir, "--port", str(port)])


def notify_project(project, run):
    url = (project.settings or {}).get("webhook_url")
    if not url:
        return
    payload = {"run": run.uuid.hex, "status": run.status}
    # expect: ssrf
    requests.post(url, json=payload, timeout=10)


def notify_slack(project, run):
    url = (project.settings or {}).get("slack_url", "")
    from urllib.parse import urlparse
    if urlparse(url).hostname not in SLACK_HOSTS:
        return
    requests.post(url, json={"text": "Run %s is %s" % (run.uuid.hex, run.status)}, timeout=10)
