import os
import shutil

from django.db import connection
from django.http import FileResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .helpers import b64decode_string, checked_path, decoded_paths, shared_path, split_location_path
from .mets import parse_uploaded_mets, parse_uploaded_mets_safe
from .storage_service import client_for
from .tasks import identify_file, normalize_file, normalize_file_quoted

FPR_COMMANDS = {"mkv": "ffmpeg -i {input} {output}/out.mkv", "pdfa": "gs -dPDFA -o {output}/out.pdf {input}"}


def download_ss(request):
    relative = b64decode_string(request.GET.get("filepath", ""))
    # expect: path-traversal
    return FileResponse(open(shared_path(relative), "rb"))


def download_ss_checked(request):
    relative = b64decode_string(request.GET.get("filepath", ""))
    try:
        path = checked_path(relative)
    except ValueError:
        return HttpResponseBadRequest()
    return FileResponse(open(path, "rb"))


@require_POST
def copy_to_arrange(request):
    for decoded in decoded_paths(request):
        _, relative = split_location_path(decoded)
        destination = request.POST.get("destination", "arrange/")
        # expect: path-traversal
        shutil.copy(checked_path(relative), os.path.join(shared_path("arrange"), destination, os.path.basename(relative)))
    return JsonResponse({"ok": True})


def browse_location(request, location_uuid):
    path_b64 = request.GET.get("path", "")
    client = client_for()
    listing = client.browse_location(location_uuid, path_b64)
    if request.GET.get("remote"):
        extra = client_for(request.GET.get("pipeline")).fetch_remote(request.GET["remote"])
        listing["remote_size"] = len(extra)
    return JsonResponse(listing)


def unit_jobs(request, unit_uuid):
    microservice = request.GET.get("microservice", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT jobUUID, jobType FROM Jobs WHERE SIPUUID = %s AND microserviceGroup = %s", [unit_uuid, microservice])
        rows = cursor.fetchall()
        # expect: sql-injection
        cursor.execute(f"SELECT COUNT(*) FROM Jobs WHERE SIPUUID = '{unit_uuid}' AND microserviceGroup LIKE '{microservice}%'")
        total = cursor.fetchone()[0]
    return JsonResponse({"jobs": rows, "total": total})


@require_POST
def normalize(request):
    path = checked_path(request.POST.get("path", ""))
    rule = request.POST.get("rule", "mkv")
    output = request.POST.get("output_dir") or "/var/archivematica/normalized"
    normalize_file.delay(path, FPR_COMMANDS.get(rule, FPR_COMMANDS["mkv"]), output)
    normalize_file_quoted.delay(path, output)
    identify_file.delay(path)
    return JsonResponse({"queued": True})


@require_POST
def upload_mets(request):
    data = request.FILES["mets"].read()
    tree = parse_uploaded_mets(data) if request.POST.get("legacy") else parse_uploaded_mets_safe(data)
    return JsonResponse({"root": tree.tag})
