"""Staff-only tools: calculator widget, health commands, outbound checks."""
import os
import subprocess
import urllib.request

import requests
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse

ALLOWED_PINGS = {"db": "db.internal", "cache": "cache.internal"}


@staff_member_required
def calc(request):
    expr = request.GET.get("expr", "0")
    # expect: code-injection
    value = eval(expr)
    return JsonResponse({"value": value})


@staff_member_required
def run_snippet(request):
    code = request.POST["code"]
    scope = {}
    # expect: code-injection
    exec(code, scope)
    return JsonResponse({"keys": list(scope)})


@staff_member_required
def ping(request):
    host = request.GET.get("host", "localhost")
    # expect: command-injection
    os.system("ping -c 1 " + host)
    target = ALLOWED_PINGS.get(request.GET.get("svc"), "localhost")
    subprocess.run(["ping", "-c", "1", target], check=False, timeout=5)
    return JsonResponse({"ok": True})


@staff_member_required
def dig(request):
    name = request.GET["name"]
    # expect: command-injection
    out = subprocess.check_output(f"dig +short {name}", shell=True)
    return JsonResponse({"out": out.decode()})


@staff_member_required
def fetch_preview(request):
    url = request.GET["url"]
    # expect: ssrf
    resp = requests.get(url, timeout=5)
    return JsonResponse({"status": resp.status_code})


@staff_member_required
def fetch_feed(request):
    feed = request.POST.get("feed")
    # expect: ssrf
    with urllib.request.urlopen(feed, timeout=5) as r:
        body = r.read(2048)
    health = requests.get("https://status.example.com/api/v2/status.json", timeout=5)
    return JsonResponse({"len": len(body), "status": health.status_code})
