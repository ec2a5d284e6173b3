"""Asset API: list with ordering, add an asset, queue a reachability check."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404
from rest_framework.decorators import api_view
from rest_framework.response import Response

from common.utils import pro_group_required
from engines.tasks import check_asset_reachability_task

from .models import Asset, AssetGroup
from .serializers import AssetSerializer
from .utils import list_assets_ordered, list_assets_sorted

ASSET_TYPES = ("ip", "domain", "fqdn", "url", "keyword", "person", "organisation", "path")


@api_view(["GET"])
@login_required
@pro_group_required("AssetManager", "AssetViewer")
def list_assets_api(request):
    order = request.GET.get("order_by", "id")
    direction = request.GET.get("dir", "asc")
    assets = list_assets_ordered(request.user, order, direction)
    return Response(AssetSerializer(assets, many=True).data)


@api_view(["GET"])
@login_required
def list_assets_sorted_api(request):
    assets = list_assets_sorted(request.user, request.GET.get("sort", "value"))
    return Response(AssetSerializer(assets, many=True).data)


@api_view(["PUT"])
@login_required
@pro_group_required("AssetManager")
def add_asset_api(request):
    data = request.data
    if data.get("type") not in ASSET_TYPES:
        return Response({"status": "error", "reason": "bad asset type"}, status=400)
    asset = Asset.objects.create(
        value=data["value"], name=data.get("name", data["value"]), type=data["type"],
        description=data.get("description", ""), criticity=data.get("criticity", "low"), owner=request.user,
    )
    if asset.type == "url":
        check_asset_reachability_task.apply_async(args=[asset.id], queue="default")
    return Response({"status": "success", "asset_id": asset.id})


@api_view(["GET"])
@login_required
def get_asset_group_api(request, assetgroup_id):
    group = get_object_or_404(AssetGroup.objects.for_user(request.user), id=assetgroup_id)
    return Response({"id": group.id, "name": group.name, "assets": [a.value for a in group.assets.all()]})
