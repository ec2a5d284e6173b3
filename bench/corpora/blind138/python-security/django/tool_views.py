"""Network tools page for the support team."""
import subprocess

from django.http import HttpResponse, JsonResponse

ALLOWED_TOOLS = {"uptime": ["uptime"], "disk": ["df", "-h"]}


def ping(request):
    host = request.GET.get("host", "")
    # expect: command-injection
    out = subprocess.check_output(f"ping -c 3 {host}", shell=True)
    return HttpResponse(out, content_type="text/plain")


def dig(request):
    name = request.POST["name"]
    # expect: command-injection
    result = subprocess.run(["sh", "-c", "dig +short " + name], capture_output=True, text=True)
    return HttpResponse(result.stdout, content_type="text/plain")


def traceroute(request):
    cmd = "traceroute -m 10 %s" % request.GET["target"]
    # expect: command-injection
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    return HttpResponse(proc.communicate()[0], content_type="text/plain")


def whois(request):
    result = subprocess.run(["whois", "--", request.GET.get("domain", "")], capture_output=True, text=True)
    return HttpResponse(result.stdout, content_type="text/plain")


def tool(request):
    argv = ALLOWED_TOOLS[request.GET.get("name", "uptime")]
    return JsonResponse({"out": subprocess.run(argv, capture_output=True, text=True).stdout})


def version(request):
    return HttpResponse(subprocess.check_output(["git", "rev-parse", "HEAD"]))
