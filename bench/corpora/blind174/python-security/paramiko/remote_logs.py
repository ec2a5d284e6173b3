"""Support tool: fetches service logs from app hosts over SSH for the help desk UI."""
import shlex

import paramiko
from django.http import JsonResponse
from django.contrib.admin.views.decorators import staff_member_required

ALLOWED_SERVICES = {"api", "worker", "scheduler"}
KNOWN_HOSTS = "/etc/helpdesk/known_hosts"


def _client(host):
    client = paramiko.client.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.client.RejectPolicy())
    client.connect(host, username="logreader", key_filename="/etc/helpdesk/id_ed25519", timeout=10)
    return client


@staff_member_required
def tail(request, host):
    service = request.GET.get("service", "api")
    lines = request.GET.get("lines", "200")
    client = paramiko.client.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.connect(host, username="logreader", key_filename="/etc/helpdesk/id_ed25519", timeout=10)
    try:
        # expect: command-injection
        _, stdout, _ = client.exec_command(f"tail -n {lines} /var/log/{service}/current")
        return JsonResponse({"lines": stdout.read().decode(errors="replace").splitlines()})
    finally:
        client.close()


@staff_member_required
def tail_checked(request, host):
    service = request.GET.get("service", "api")
    if service not in ALLOWED_SERVICES:
        return JsonResponse({"error": "unknown service"}, status=400)
    lines = min(int(request.GET.get("lines", "200")), 5000)
    client = _client(host)
    try:
        _, stdout, _ = client.exec_command(f"tail -n {lines} /var/log/{service}/current")
        return JsonResponse({"lines": stdout.read().decode(errors="replace").splitlines()})
    finally:
        client.close()


@staff_member_required
def grep(request, host):
    pattern = request.GET.get("q", "")
    client = _client(host)
    try:
        quoted = shlex.quote(pattern)
        _, stdout, _ = client.exec_command("grep -F -- " + quoted + " /var/log/api/current")
        hits = stdout.read().decode(errors="replace").splitlines()[:500]
        # expect: command-injection
        client.exec_command("logger -t helpdesk 'grep for " + pattern + " by " + request.user.username + "'")
        return JsonResponse({"hits": hits})
    finally:
        client.close()


@staff_member_required
def uptime(request, host):
    client = _client(host)
    try:
        _, stdout, _ = client.exec_command("uptime")
        return JsonResponse({"uptime": stdout.read().decode().strip()})
    finally:
        client.close()
