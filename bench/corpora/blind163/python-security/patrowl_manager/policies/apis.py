"""Scan policy import/export (YAML and JSON files)."""
import json

import yaml
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from rest_framework.decorators import api_view
from rest_framework.response import Response

from engines.models import Engine, EnginePolicy

POLICY_FIELDS = ("name", "engine", "options", "description", "default", "scopes")


def _create_policies(items, owner):
    created = []
    for item in items:
        engine = Engine.objects.filter(name=str(item.get("engine", "")).upper()).first()
        if engine is None:
            continue
        policy = EnginePolicy.objects.create(
            engine=engine, owner=owner, name=str(item.get("name"))[:256],
            description=str(item.get("description", "")), options=item.get("options", {}),
            is_default=bool(item.get("default", False)),
        )
        created.append(policy.id)
    return created


@api_view(["POST"])
@login_required
def import_policies_yaml_api(request):
    upload = request.FILES.get("file")
    if upload is None:
        return Response({"status": "error", "reason": "no file"}, status=400)
    # expect: deserialization
    items = yaml.load(upload.read(), Loader=yaml.Loader)
    return Response({"status": "success", "created": _create_policies(items or [], request.user)})


@api_view(["POST"])
@login_required
def import_policies_safe_yaml_api(request):
    items = yaml.safe_load(request.FILES["file"].read())
    return Response({"status": "success", "created": _create_policies(items or [], request.user)})


@api_view(["POST"])
@login_required
def import_policies_json_api(request):
    items = json.loads(request.body.decode("utf-8"))
    return Response({"status": "success", "created": _create_policies(items, request.user)})


@login_required
def export_policies_api(request):
    data = [{field: getattr(p, field, None) for field in ("name", "options", "description")}
            for p in EnginePolicy.objects.filter(owner=request.user)]
    return JsonResponse(data, safe=False)
