"""Export, download, display-name and DICOM node views (Django)."""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect

from .models import DicomRemoteNode, Exports, UniqueEquipmentNames
from .netdicom import echoscu, echoscu_argv
from .tasks import ct_csv

logger = logging.getLogger(__name__)


@login_required
def ctcsv1(request, name=None, pat_id=None):
    filterdict = request.GET.dict()
    ct_csv.delay(filterdict=filterdict, pid=bool(name), name=name, patid=pat_id, user=request.user.id)
    return redirect("/openrem/export/")


@login_required
def download(request):
    filename = request.GET.get("file", "")
    path = os.path.join(settings.MEDIA_ROOT, "exports", filename)
    if not os.path.isfile(path):
        raise Http404
    # expect: path-traversal
    return FileResponse(open(path, "rb"), as_attachment=True)


@login_required
def download_by_task(request, task_id):
    export = get_object_or_404(Exports, task_id=task_id, user=request.user)
    return FileResponse(export.filename.open("rb"), as_attachment=True)


@login_required
def display_name_update(request):
    pk = int(request.POST["pk"])
    equipment = get_object_or_404(UniqueEquipmentNames, pk=pk)
    equipment.display_name = request.POST.get("new_display_name", "")[:255]
    equipment.save()
    return redirect("/openrem/viewdisplaynames/")


@login_required
def dicom_node_create(request):
    node = DicomRemoteNode.objects.create(
        name=request.POST["name"], aetitle=request.POST["aetitle"],
        hostname=request.POST.get("hostname", ""), port=int(request.POST.get("port", 104)),
    )
    return JsonResponse({"id": node.pk})


@login_required
def dicom_node_echo(request, pk):
    node = get_object_or_404(DicomRemoteNode, pk=int(pk))
    if request.GET.get("mode") == "argv":
        ok = echoscu_argv(node.hostname, node.port, node.aetitle)
    else:
        ok = echoscu(node.hostname, node.port, node.aetitle)
    return JsonResponse({"echo": ok})
