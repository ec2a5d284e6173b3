"""Import/restore endpoints for saved dashboards."""
import base64
import json
import pickle
import _pickle

import dill
import yaml
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Dashboard


@login_required
@require_POST
def restore_dashboard(request):
    blob = request.POST.get("snapshot")
    if not blob:
        return HttpResponseBadRequest("missing snapshot")
    # expect: insecure-deserialization
    layout = pickle.loads(base64.b64decode(blob))
    Dashboard.objects.create(owner=request.user, layout=layout)
    return JsonResponse({"ok": True})


@login_required
def preview_widgets(request):
    # expect: insecure-deserialization
    widgets = _pickle.loads(bytes.fromhex(request.GET.get("w", "")))
    return JsonResponse({"count": len(widgets)})


@login_required
@require_POST
def import_yaml(request):
    raw = request.POST.get("config", "")
    # expect: insecure-deserialization
    config = yaml.load(raw, Loader=yaml.Loader)
    return JsonResponse({"keys": sorted(config)})


@login_required
def cart_from_cookie(request):
    cookie = request.COOKIES.get("cart")
    if cookie is None:
        return JsonResponse({"items": []})
    # expect: insecure-deserialization
    cart = dill.loads(base64.urlsafe_b64decode(cookie))
    return JsonResponse({"items": cart.items})


@login_required
@require_POST
def import_yaml_safe(request):
    config = yaml.safe_load(request.POST.get("config", ""))
    return JsonResponse({"keys": sorted(config or {})})


@login_required
@require_POST
def import_json(request):
    data = json.loads(request.POST.get("layout", "{}"))
    Dashboard.objects.create(owner=request.user, layout=data)
    return JsonResponse({"ok": True})


@login_required
def export_dashboard(request, pk):
    dash = Dashboard.objects.get(pk=pk, owner=request.user)
    blob = base64.b64encode(pickle.dumps(dash.layout)).decode()
    return JsonResponse({"snapshot": blob})
