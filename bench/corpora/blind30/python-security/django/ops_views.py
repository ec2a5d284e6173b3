"""Staff-only operations views."""
import os
import shlex
import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse, JsonResponse

BACKUP_TARGETS = {"db": "/srv/backups/db", "media": "/srv/backups/media"}


@staff_member_required
def ping_host(request):
    # expect: command-injection
    status = os.system("ping -c 1 " + request.GET.get("host"))
    return JsonResponse({"reachable": status == 0})


@staff_member_required
def clear_cache(request):
    prefix = request.POST["prefix"]
    cmd = "redis-cli --scan --pattern '{}*' | xargs redis-cli del".format(prefix)
    # expect: command-injection
    os.system(cmd)
    return HttpResponse("cleared")


@staff_member_required
def rotate_logs(request):
    os.system("logrotate -f /etc/logrotate.d/webapp")
    return HttpResponse("rotated")


@staff_member_required
def backup(request):
    target = BACKUP_TARGETS[request.POST.get("target", "db")]
    subprocess.run(["tar", "czf", target + ".tgz", target], check=True)
    return HttpResponse("ok")


@staff_member_required
def tail_log(request):
    name = request.GET["name"]
    # expect: command-injection
    return HttpResponse(os.popen(f"tail -n 100 /var/log/webapp/{name}").read(), content_type="text/plain")


@staff_member_required
def reindex(request):
    index = request.GET["index"]
    # expect: command-injection
    rc = os.system("manage.py search_index --rebuild -f --models %s" % index)
    return JsonResponse({"rc": rc})


@staff_member_required
def dig(request):
    domain = shlex.quote(request.GET.get("domain", "example.com"))
    out = subprocess.run(["dig", "+short", domain], capture_output=True, text=True, check=False).stdout
    return HttpResponse(out, content_type="text/plain")
