import os

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt

from .helpers import is_md5, is_safe_path, request_method
from .models import RecentScansDB
from .static_analyzer import StaticAnalyzer

UPLD_DIR = getattr(settings, "UPLD_DIR", "/home/mobsf/.MobSF/uploads/")


@csrf_exempt
@request_method(["POST"])
def api_scan(request):
    checksum = request.POST.get("hash", "")
    if not is_md5(checksum):
        return JsonResponse({"error": "Invalid hash"}, status=400)
    scan = RecentScansDB.objects.get(MD5=checksum)
    result = StaticAnalyzer(checksum, scan.FILE_NAME, request.POST.get("re_scan") == "1").run()
    return JsonResponse(result)


@csrf_exempt
@request_method(["POST"])
def api_upload(request):
    uploaded = request.FILES["file"]
    import hashlib

    digest = hashlib.md5(usedforsecurity=False)
    for chunk in uploaded.chunks():
        digest.update(chunk)
    checksum = digest.hexdigest()
    os.makedirs(os.path.join(UPLD_DIR, checksum), exist_ok=True)
    with open(os.path.join(UPLD_DIR, checksum, checksum + ".apk"), "wb") as fp:
        for chunk in uploaded.chunks():
            fp.write(chunk)
    RecentScansDB.objects.update_or_create(MD5=checksum, defaults={"FILE_NAME": uploaded.name, "SCAN_TYPE": "apk"})
    return JsonResponse({"hash": checksum, "file_name": uploaded.name})


@request_method(["GET"])
def view_source(request):
    fil = request.GET.get("file", "")
    md5 = request.GET.get("md5", "")
    if not is_md5(md5):
        return HttpResponse("bad hash", status=400)
    src = os.path.join(UPLD_DIR, md5, "java_source")
    sfile = os.path.join(src, fil)
    if not is_safe_path(src, sfile):
        return HttpResponse("Path traversal attempt", status=400)
    with open(sfile, encoding="utf-8", errors="ignore") as fp:
        return HttpResponse(fp.read(), content_type="text/plain")


@request_method(["GET"])
def view_file_ios(request):
    fil = request.GET.get("file", "")
    md5 = request.GET.get("md5", "")
    typ = request.GET.get("type", "db")
    src = os.path.join(UPLD_DIR, md5, "Payload")
    sfile = os.path.join(src, fil)
    # expect: path-traversal
    with open(sfile, "rb") as fp:
        data = fp.read()
    return HttpResponse(data, content_type="text/plain" if typ != "db" else "application/octet-stream")


@request_method(["GET"])
def search(request):
    query = request.GET.get("query", "")
    rows = RecentScansDB.search_app(query)
    return JsonResponse({"rows": rows})


@request_method(["GET"])
def scan_banner(request):
    app_name = request.GET.get("app_name", "")
    checksum = request.GET.get("md5", "")
    safe = mark_safe("<p>Scanning %s</p>" % escape(app_name))
    # expect: xss
    banner = mark_safe(f"<h2>{app_name} ({checksum})</h2>")
    return HttpResponse(banner + safe)
