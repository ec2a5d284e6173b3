"""Network diagnostics page of the router admin UI."""
import ipaddress
import subprocess
import subprocess as sp

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

TOOLS = {"uptime": ["uptime"], "routes": ["ip", "route", "show"], "ifaces": ["ip", "-brief", "addr"]}


@require_GET
def ping(request):
    host = request.GET.get("host", "")
    # expect: command-injection
    out = subprocess.run(f"ping -c 3 {host}", shell=True, capture_output=True, text=True, timeout=20)
    return JsonResponse({"output": out.stdout})


@require_POST
def lookup(request):
    cmd = ["sh", "-c", "nslookup " + request.POST.get("domain", "")]
    # expect: command-injection
    out = subprocess.check_output(cmd, text=True, timeout=10)
    return JsonResponse({"output": out})


@require_GET
def whois(request):
    domain = request.GET["domain"]
    # expect: command-injection
    out = sp.run("whois %s" % domain, shell=True, capture_output=True, text=True, timeout=30)
    return JsonResponse({"output": out.stdout})


@require_POST
def run_check(request):
    script = request.POST["check"]
    # expect: command-injection
    proc = subprocess.run(["python3", "/opt/checks/" + script], capture_output=True, text=True, timeout=60)
    return JsonResponse({"ok": proc.returncode == 0})


@require_GET
def traceroute(request):
    try:
        addr = ipaddress.ip_address(request.GET.get("addr", ""))
    except ValueError:
        return HttpResponseBadRequest("bad address")
    out = subprocess.run(["traceroute", "-n", "--", str(addr)], capture_output=True, text=True, timeout=60)
    return JsonResponse({"output": out.stdout})


@require_GET
def tool(request):
    argv = TOOLS.get(request.GET.get("name"))
    if argv is None:
        return HttpResponseBadRequest("unknown tool")
    out = subprocess.run(argv, capture_output=True, text=True, timeout=10)
    return JsonResponse({"output": out.stdout})
