"""Staff tools for the media library: thumbnails, probes, re-encodes."""
import subprocess

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponseBadRequest, JsonResponse

from .models import Asset

PRESETS = {"web": ["-crf", "28"], "archive": ["-crf", "18"]}
PROBE_FIELDS = ["format=duration", "stream=width,height"]


@staff_member_required
def thumbnail(request, asset_id):
    asset = Asset.objects.get(pk=asset_id)
    size = request.GET.get("size", "320x240")
    # expect: command-injection
    subprocess.run(f"convert {asset.path} -thumbnail {size} {asset.thumb_path}", shell=True, check=True)
    return JsonResponse({"thumb": asset.thumb_url})


@staff_member_required
def probe(request):
    src = request.POST["source"]
    # expect: command-injection
    out = subprocess.check_output(["sh", "-c", "ffprobe -v quiet -show_format " + src])
    return JsonResponse({"probe": out.decode()})


@staff_member_required
def run_fixup(request):
    script = request.POST.get("script", "fix_tags.py")
    # expect: command-injection
    subprocess.call(["python3", script, "--asset", request.POST.get("asset", "")])
    return JsonResponse({"ok": True})


@staff_member_required
def reencode(request, asset_id):
    asset = Asset.objects.get(pk=asset_id)
    preset = request.GET.get("preset", "web")
    if preset not in PRESETS:
        return HttpResponseBadRequest("unknown preset")
    cmd = ["ffmpeg", "-i", asset.path, *PRESETS[preset], asset.output_path]
    subprocess.run(cmd, check=True)
    return JsonResponse({"queued": asset.pk})


@staff_member_required
def duration(request, asset_id):
    asset = Asset.objects.get(pk=asset_id)
    out = subprocess.run(["ffprobe", "-show_entries", PROBE_FIELDS[0], asset.path], capture_output=True)
    return JsonResponse({"raw": out.stdout.decode()})
