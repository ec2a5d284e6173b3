"""Staff tools for the media library: thumbnails, clips and DNS checks."""
import shlex
import subprocess
import uuid
from pathlib import Path

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse

from .models import MediaFile

OUT = Path("/srv/media/derived")
SIZES = {"small": "160x160", "medium": "480x480", "large": "1280x1280"}


@staff_member_required
def thumbnail(request, pk):
    media = MediaFile.objects.get(pk=pk)
    size = SIZES.get(request.GET.get("size", "small"))
    if size is None:
        return HttpResponseBadRequest("unknown size")
    out = OUT / f"{uuid.uuid4().hex}.jpg"
    subprocess.run(["convert", media.path, "-thumbnail", size, str(out)], check=True, timeout=60)
    return JsonResponse({"thumb": out.name})


@staff_member_required
def clip(request, pk):
    media = MediaFile.objects.get(pk=pk)
    start = request.GET.get("start", "0")
    out = OUT / f"{uuid.uuid4().hex}.mp4"
    # expect: command-injection
    subprocess.run(f"ffmpeg -ss {start} -i {media.path} -t 30 -c copy {out}", shell=True, check=True, timeout=300)
    return JsonResponse({"clip": out.name})


@staff_member_required
def clip_checked(request, pk):
    media = MediaFile.objects.get(pk=pk)
    try:
        start = float(request.GET.get("start", "0"))
    except ValueError:
        return HttpResponseBadRequest("bad start")
    out = OUT / f"{uuid.uuid4().hex}.mp4"
    subprocess.run(["ffmpeg", "-ss", str(start), "-i", media.path, "-t", "30", "-c", "copy", str(out)], check=True, timeout=300)
    return JsonResponse({"clip": out.name})


@staff_member_required
def dns_check(request):
    domain = request.POST.get("domain", "")
    # expect: command-injection
    result = subprocess.run(["sh", "-c", "dig +short " + domain], capture_output=True, text=True, timeout=10)
    return JsonResponse({"answer": result.stdout.split()})


@staff_member_required
def whois(request):
    domain = request.POST.get("domain", "")
    result = subprocess.run(f"whois {shlex.quote(domain)}", shell=True, capture_output=True, text=True, timeout=20)
    return JsonResponse({"whois": result.stdout[:4000]})


@staff_member_required
def disk_usage(request):
    result = subprocess.run(["df", "-h", str(OUT)], capture_output=True, text=True, timeout=5)
    return JsonResponse({"df": result.stdout})
