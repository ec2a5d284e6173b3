"""Request helpers shared by the render, metrics and composer views."""
import json
import logging

from django.http import HttpResponse

log = logging.getLogger("graphite.rendering")


def query_params(request):
    """GET and POST merged, POST winning, as the render API documents."""
    params = request.GET.copy()
    params.update(request.POST)
    return params


def json_response(data, jsonp=None, status=200):
    content = json.dumps(data)
    if jsonp:
        # expect: xss
        return HttpResponse("%s(%s)" % (jsonp, content), content_type="text/javascript", status=status)
    return HttpResponse(content, content_type="application/json", status=status)


def int_param(params, name, default):
    try:
        return int(params.get(name, default))
    except (TypeError, ValueError):
        return default
