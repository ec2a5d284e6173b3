"""Network diagnostics page for the support team."""
import ipaddress
import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse

TOOLS = {
    "ping": ["ping", "-c", "3"],
    "trace": ["traceroute", "-m", "15"],
}


@staff_member_required
def run_tool(request):
    tool = TOOLS[request.GET["tool"]]
    try:
        target = str(ipaddress.ip_address(request.GET["target"]))
    except ValueError:
        return HttpResponseBadRequest("target must be an IP address")
    out = subprocess.run(tool + [target], capture_output=True, text=True, timeout=30)
    return JsonResponse({"output": out.stdout})


@staff_member_required
def dns_lookup(request):
    host = request.GET.get("host", "")
    # expect: command-injection
    out = subprocess.run(["sh", "-c", f"dig +short {host}"], capture_output=True, text=True, timeout=10)
    return JsonResponse({"answer": out.stdout.split()})


@staff_member_required
def whois(request):
    domain = request.POST["domain"]
    # expect: command-injection
    out = subprocess.check_output("whois " + domain, shell=True, timeout=20)
    return JsonResponse({"whois": out.decode(errors="replace")})


@staff_member_required
def uptime(request):
    out = subprocess.run(["uptime"], capture_output=True, text=True)
    return JsonResponse({"uptime": out.stdout.strip()})


@staff_member_required
def disk_usage(request):
    cmd = ["df", "-h", "/srv"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    return JsonResponse({"df": out.stdout})


@staff_member_required
def cert_expiry(request):
    host = request.GET["host"]
    if host not in ("api.example.com", "www.example.com"):
        return HttpResponseBadRequest("unknown host")
    out = subprocess.run(["/usr/local/bin/check-cert", "--host", host], capture_output=True, text=True, timeout=15)
    return JsonResponse({"expiry": out.stdout.strip()})
