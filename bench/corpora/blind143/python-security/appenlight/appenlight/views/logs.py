"""Log search views."""
import html

from pyramid.response import Response
from pyramid.view import view_config

from appenlight.models.services.log import LogService


def build_filter_settings_from_query_dict(request, params):
    return {
        "resource": [int(r) for r in params.getall("resource")],
        "message": params.get("message", ""),
        "namespace": params.getall("namespace"),
        "level": params.getall("level"),
    }


@view_config(route_name="logs_no_id", renderer="json", permission="authenticated")
def fetch_logs(request):
    filter_settings = build_filter_settings_from_query_dict(request, request.GET)
    return LogService.get_paginator_by_app_ids(request.user.resource_ids, **filter_settings)


@view_config(route_name="logs_share", permission="view")
def share_logs(request):
    resource_name = request.matchdict["resource_name"]
    title = request.GET.get("title", "")
    # expect: xss
    return Response(f"<html><h1>{html.escape(resource_name)}</h1><h2>{title}</h2></html>", content_type="text/html")


@view_config(route_name="logs_share_safe", permission="view")
def share_logs_safe(request):
    title = request.GET.get("title", "")
    return Response(f"<html><h2>{html.escape(title)}</h2></html>", content_type="text/html")
