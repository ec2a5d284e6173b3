import uuid

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from geonode_layers.upload import utils


@login_required
def upload_view(request):
    base_file = request.FILES["base_file"]
    upload_dir = uuid.uuid4().hex
    target = request.POST.get("target_name") or base_file.name
    layer_name = request.POST.get("layer_name", "").lower()
    srs = request.POST.get("srs")
    if request.POST.get("strict"):
        path = utils.save_step_safe(upload_dir, target, base_file.read())
        utils.import_to_postgis_argv(path, layer_name)
    else:
        path = utils.save_step(upload_dir, target, base_file.read())
        utils.import_to_postgis(path, layer_name, srs)
    return JsonResponse({"success": True, "upload_dir": upload_dir})


@login_required
def upload_basename(request):
    base_file = request.FILES["base_file"]
    path = utils.save_step_safe(uuid.uuid4().hex, base_file.name, base_file.read())
    return JsonResponse({"path": path})
