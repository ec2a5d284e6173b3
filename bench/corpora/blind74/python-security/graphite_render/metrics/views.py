"""Metric tree browsing (/metrics/find)."""
from django.http import HttpResponseBadRequest

from ..storage import finder
from ..util import json_response, query_params


def find_view(request):
    params = query_params(request)
    query = params.get("query")
    if not query:
        return HttpResponseBadRequest("Missing required parameter 'query'")
    wildcards = params.get("wildcards", "0") == "1"
    nodes = sorted(finder.find_nodes(query))
    if wildcards and len(nodes) > 1:
        nodes.insert(0, "*")
    return json_response({"metrics": nodes})


def find_view_checked(request):
    params = query_params(request)
    query = params.get("query") or "*"
    nodes = sorted(finder.find_nodes_checked(query))
    return json_response({"metrics": nodes})
