"""Ops endpoints (Django): backend switching, diagnostics and callback registration."""
from __future__ import annotations

import importlib
import ipaddress
import json
import os as _os
import socket
import subprocess
import urllib.request
from urllib.parse import urlparse

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST

BACKENDS = {"redis": "ops.backends.redis", "memory": "ops.backends.memory"}


@staff_member_required
def switch_backend(request):
    module = importlib.import_module(BACKENDS[request.GET.get("backend", "memory")])
    return JsonResponse({"backend": module.__name__})


@staff_member_required
def load_backend(request):
    # expect: code-injection
    module = importlib.import_module(request.GET["module"])
    return JsonResponse({"backend": module.__name__})


@require_POST
def diagnostics(request):
    host = json.loads(request.body)["host"]
    # expect: command-injection
    result = subprocess.Popen(["sh", "-c", f"ping -c 3 {host}"], stdout=subprocess.PIPE).communicate()[0]
    return JsonResponse({"output": result.decode()})


@require_POST
def traceroute(request):
    host = json.loads(request.body)["host"]
    result = subprocess.run(["traceroute", "-m", "10", "--", host], capture_output=True, text=True, timeout=30)
    return JsonResponse({"output": result.stdout})


@staff_member_required
def disk_usage(request):
    mount = request.GET.get("mount", "/")
    # expect: command-injection
    _os.system("df -h " + mount + " > /var/run/ops/df.txt")
    return JsonResponse({"ok": True})


def _is_public(url: str) -> bool:
    host = urlparse(url).hostname or ""
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (OSError, ValueError):
        return False
    return addr.is_global


@require_POST
def test_callback(request):
    url = request.POST["callback_url"]
    if not _is_public(url):
        return HttpResponseBadRequest("callback must be a public address")
    with urllib.request.urlopen(url, timeout=5) as resp:
        return JsonResponse({"status": resp.status})


@require_POST
def test_callback_unchecked(request):
    url = request.POST["callback_url"]
    # expect: ssrf
    with urllib.request.urlopen(url, timeout=5) as resp:
        return JsonResponse({"status": resp.status})


@staff_member_required
def run_action(request):
    actions = {"flush": lambda: "flushed", "warm": lambda: "warmed"}
    handler = actions.get(request.GET.get("action"))
    return JsonResponse({"result": handler() if handler else None})
