"""uMap views: proxy for remote data layers, import by URL, datalayer versions."""
import json
from urllib.parse import urlparse

from django.conf import settings
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    JsonResponse,
)
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from umap import proxy, storage
from umap.decorators import can_edit_map, login_required_if_not_anonymous_allowed
from umap.models import DataLayer, Map


@require_GET
def ajax_proxy(request):
    """Fetch a remote data layer for the browser (CORS workaround)."""
    url = request.GET.get("url")
    if not url:
        return HttpResponseBadRequest("missing url")
    referer = urlparse(request.META.get("HTTP_REFERER", ""))
    if referer.netloc and referer.netloc != request.get_host():
        return HttpResponseForbidden("cross-site proxy use")
    try:
        ttl = max(0, min(int(request.GET.get("ttl", 0)), 3600))
    except ValueError:
        ttl = 0
    body, content_type = proxy.fetch_remote(url, ttl)
    return HttpResponse(body, content_type=content_type)


@require_POST
@login_required_if_not_anonymous_allowed
@can_edit_map
def import_from_url(request, map_id):
    map_inst = get_object_or_404(Map, pk=map_id)
    url = request.POST.get("data_url", "")
    try:
        geojson = proxy.fetch_public(url)
    except proxy.ProxyRefused as exc:
        return HttpResponseBadRequest(str(exc))
    layer = DataLayer.objects.create(map=map_inst, name=request.POST.get("name", "Imported"))
    storage.save_version(layer, json.dumps(geojson).encode())
    return JsonResponse({"id": layer.pk})


@never_cache
def datalayer_version(request, map_id, pk, name):
    layer = get_object_or_404(DataLayer, pk=pk, map_id=map_id)
    return HttpResponse(storage.read_version(layer, name), content_type="application/json")


@never_cache
def datalayer_version_v2(request, map_id, pk, name):
    layer = get_object_or_404(DataLayer, pk=pk, map_id=map_id)
    return HttpResponse(storage.read_checked_version(layer, name), content_type="application/json")


def datalayer_versions(request, map_id, pk):
    layer = get_object_or_404(DataLayer, pk=pk, map_id=map_id)
    return JsonResponse({"versions": storage.list_versions(layer)})


def map_settings(request, map_id):
    map_inst = get_object_or_404(Map, pk=map_id)
    data = map_inst.settings
    data["properties"]["umap_id"] = map_inst.pk
    data["properties"]["tilelayers"] = settings.UMAP_TILELAYERS
    return JsonResponse(data)
