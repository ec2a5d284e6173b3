"""Admin tools for the media library."""
import os
import subprocess
from os import system as run_shell

from django.http import HttpResponse, JsonResponse
from django.views import View


def _shell(command):
    # expect: command-injection
    return os.system(command)


def thumbnail(request):
    # expect: command-injection
    os.system("convert media/%s -resize 200x200 thumbs/out.png" % request.GET.get("file"))
    return HttpResponse("ok")


def ping_host(request):
    host = request.POST["host"]
    # expect: command-injection
    status = run_shell(f"ping -c 1 {host}")
    return JsonResponse({"status": status})


class TranscodeView(View):
    def post(self, request):
        src = request.POST.get("source")
        fmt = request.POST.get("format", "mp4")
        cmd = "ffmpeg -i uploads/{} out.{}".format(src, fmt)
        _shell(cmd)
        return HttpResponse(status=202)


def rotate(request):
    degrees = int(request.GET.get("degrees", "90"))
    subprocess.run(["mogrify", "-rotate", str(degrees), "media/current.png"], check=True)
    return HttpResponse("rotated")


def clear_cache(request):
    os.system("rm -rf /var/cache/media/thumbs")
    return HttpResponse("cleared")
