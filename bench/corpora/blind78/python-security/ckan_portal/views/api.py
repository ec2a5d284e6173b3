"""The action API blueprint: /api/3/action/<logic_function>."""
import json
import logging
import re

from flask import Blueprint, Response, g, make_response, request

from ..common import ValidationError, _get_request_data
from ..logic.action import get_action

log = logging.getLogger(__name__)

api = Blueprint("api", __name__)

_CALLBACK_RE = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")


def _finish(status_int: int, response_data, content_type: str = "json"):
    body = json.dumps(response_data)
    callback = request.args.get("callback")
    if content_type == "json" and request.method == "GET" and callback:
        if not _CALLBACK_RE.match(callback):
            return Response(json.dumps({"error": "invalid callback"}), status=400, mimetype="application/json")
        return Response(f"{callback}({body});", status=status_int, mimetype="application/javascript")
    return Response(body, status=status_int, mimetype="application/json")


@api.route("/3/action/<logic_function>", methods=["GET", "POST"])
def action(logic_function):
    try:
        function = get_action(logic_function)
    except ValidationError as e:
        return _finish(400, {"success": False, "error": e.error_dict})
    request_data = _get_request_data(try_url_params=request.method == "GET")
    context = {"user": g.get("user") and g.user.name, "api_version": 3}
    try:
        result = function(context, request_data)
    except ValidationError as e:
        return _finish(409, {"success": False, "error": e.error_dict})
    return _finish(200, {"success": True, "result": result})


@api.route("/i18n/<lang>")
def i18n_js_translations(lang):
    if lang not in ("en", "de", "fr", "es", "pt_BR"):
        return _finish(404, {"error": "unknown language"})
    with open(f"/usr/lib/ckan/i18n/{lang}.js", encoding="utf-8") as fh:
        return Response(fh.read(), mimetype="application/javascript")


@api.route("/util/snippet/<name>")
def snippet(name):
    title = request.args.get("title", "")
    html = "<div class='snippet'><h3>" + title + "</h3></div>"
    # expect: xss
    return make_response(html)


@api.route("/util/status")
def status():
    label = request.args.get("label", "")
    label = "ok"
    return make_response(f"<span class='status'>{label}</span>")
