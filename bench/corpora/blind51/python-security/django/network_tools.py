"""Admin diagnostics: ping, DNS lookups and traceroutes from the app host."""
import ipaddress
import subprocess
import subprocess as sp

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse, HttpResponseBadRequest

TOOLS = {
    "uptime": ["uptime"],
    "disk": ["df", "-h", "/"],
    "mem": ["free", "-m"],
}


@staff_member_required
def ping(request):
    host = request.GET.get("host", "")
    # expect: command-injection
    out = subprocess.run(f"ping -c 3 {host}", shell=True, capture_output=True, text=True)
    return HttpResponse(out.stdout, content_type="text/plain")


@staff_member_required
def lookup(request):
    domain = request.POST["domain"]
    # expect: command-injection
    out = subprocess.check_output(["sh", "-c", "nslookup " + domain], text=True)
    return HttpResponse(out, content_type="text/plain")


@staff_member_required
def trace(request):
    cmd = "traceroute -m %s %s" % (request.GET.get("hops", "15"), request.GET.get("target"))
    # expect: command-injection
    rc = sp.call(cmd, shell=True)
    return HttpResponse(f"exit {rc}", content_type="text/plain")


@staff_member_required
def run_check(request):
    script = request.GET.get("script", "health.py")
    # expect: command-injection
    out = sp.run(["python3", script], capture_output=True, text=True, timeout=30)
    return HttpResponse(out.stdout, content_type="text/plain")


@staff_member_required
def safe_ping(request):
    try:
        addr = ipaddress.ip_address(request.GET.get("host", ""))
    except ValueError:
        return HttpResponseBadRequest("bad address")
    out = subprocess.run(["ping", "-c", "3", "--", str(addr)], capture_output=True, text=True)
    return HttpResponse(out.stdout, content_type="text/plain")


@staff_member_required
def system_info(request):
    argv = TOOLS.get(request.GET.get("tool"), TOOLS["uptime"])
    out = subprocess.run(argv, capture_output=True, text=True)
    return HttpResponse(out.stdout, content_type="text/plain")
