import ipaddress
import socket
import subprocess
from urllib.parse import urlparse

import requests
from celery import shared_task

from awx_api.main.notifications.webhook_backend import WebhookBackend

ALLOWED_SCM_HOSTS = {"github.com", "gitlab.com", "bitbucket.org"}


def build_args(job):
    args = ["ansible-playbook", "-i", "inventory", "site.yml"]
    if job.get("limit"):
        args.extend(["--limit", job["limit"]])
    args.extend(["--tags", job["job_tags"]])
    return args


@shared_task
def run_job(job):
    args = build_args(job)
    if job.get("verbosity"):
        args.append("-" + "v" * int(job["verbosity"]))
    subprocess.Popen(args, cwd="/var/lib/awx/projects")
    # expect: command-injection
    subprocess.Popen(" ".join(args) + " --extra-vars '%s'" % job["extra_vars"], shell=True, cwd="/var/lib/awx/projects")


@shared_task
def probe_scm(scm_url, branch):
    info = scm_url.rstrip("/") + "/info/refs?service=git-upload-pack"
    # expect: ssrf
    return requests.get(info, timeout=10).status_code


@shared_task
def probe_scm_checked(scm_url):
    parsed = urlparse(scm_url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_SCM_HOSTS:
        return None
    return requests.get(scm_url.rstrip("/") + "/info/refs", timeout=10).status_code


def _is_public(host):
    addr = ipaddress.ip_address(socket.gethostbyname(host))
    return addr.is_global


@shared_task
def send_notification(config, body):
    backend = WebhookBackend(url=config.get("url"), headers=config.get("headers") or {})
    if config.get("check_public") and not _is_public(urlparse(backend.url).hostname or ""):
        return 0
    return backend.send_messages([body])
