"""The /render endpoint."""
import re
from datetime import datetime, timedelta

from django.http import HttpResponseBadRequest

from ..util import int_param, json_response, log, query_params
from .evaluator import evaluate_target, evaluate_target_parsed

JSONP_RE = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")


def parse_options(request):
    params = query_params(request)
    graph_options = {
        "width": int_param(params, "width", 330),
        "height": int_param(params, "height", 250),
        "title": params.get("title", ""),
    }
    request_options = {
        "targets": [t for t in params.getlist("target") if t.strip()],
        "format": params.get("format", "png"),
        "jsonp": params.get("jsonp", False),
        "noCache": params.get("noCache") == "true",
    }
    until = datetime.now()
    request_options["startTime"] = until - timedelta(hours=int_param(params, "hours", 24))
    request_options["endTime"] = until
    return graph_options, request_options


def render_view(request):
    graph_options, request_options = parse_options(request)
    context = {"startTime": request_options["startTime"], "endTime": request_options["endTime"], "fetch": lambda p: []}
    data = []
    for target in request_options["targets"]:
        data.append(evaluate_target(context, target))
    if request_options["format"] == "json":
        series = [{"target": t, "datapoints": d} for t, d in zip(request_options["targets"], data)]
        if request_options["jsonp"]:
            return json_response(series, jsonp=request_options["jsonp"])
        return json_response(series)
    return HttpResponseBadRequest("only json is supported here")


def render_view_strict(request):
    graph_options, request_options = parse_options(request)
    context = {"startTime": request_options["startTime"], "endTime": request_options["endTime"], "fetch": lambda p: []}
    data = [evaluate_target_parsed(context, t) for t in request_options["targets"]]
    callback = request_options["jsonp"]
    if callback and not JSONP_RE.match(callback):
        log.info("rejected jsonp callback")
        return HttpResponseBadRequest("invalid jsonp callback")
    return json_response({"series": data}, jsonp=callback or None)
