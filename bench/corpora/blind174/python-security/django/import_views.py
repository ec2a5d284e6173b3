"""Import and restore endpoints for saved dashboards."""
import base64
import json
import pickle

import yaml
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Dashboard


@login_required
@require_POST
def import_json(request):
    spec = json.loads(request.POST.get("spec", "{}"))
    dash = Dashboard.objects.create(owner=request.user, title=spec.get("title", "Untitled"), layout=spec.get("layout", []))
    return JsonResponse({"id": dash.pk})


@login_required
@require_POST
def restore_snapshot(request):
    blob = base64.b64decode(request.POST.get("snapshot", ""))
    # expect: deserialization
    state = pickle.loads(blob)
    dash = Dashboard.objects.get(pk=state["id"], owner=request.user)
    dash.layout = state["layout"]
    dash.save()
    return JsonResponse({"restored": dash.pk})


@login_required
@require_POST
def import_yaml(request):
    # expect: deserialization
    spec = yaml.load(request.POST.get("spec", ""), Loader=yaml.Loader)
    return JsonResponse({"widgets": len(spec.get("widgets", []))})


@login_required
@require_POST
def import_yaml_safe(request):
    spec = yaml.safe_load(request.POST.get("spec", ""))
    return JsonResponse({"widgets": len(spec.get("widgets", []))})


@login_required
def export_snapshot(request, pk):
    dash = Dashboard.objects.get(pk=pk, owner=request.user)
    payload = pickle.dumps({"id": dash.pk, "layout": dash.layout})
    cache.set(f"snapshot:{dash.pk}", payload, 3600)
    return JsonResponse({"cached": True})


@login_required
def cached_snapshot(request, pk):
    raw = cache.get(f"snapshot:{int(pk)}")
    if raw is None:
        return JsonResponse({"error": "expired"}, status=404)
    return JsonResponse(pickle.loads(raw))
