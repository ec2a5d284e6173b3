"""Ping endpoints and the badge."""
import json
import logging
import re
import uuid

from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils.html import escape
from django.views.decorators.csrf import csrf_exempt

from hc.api.decorators import authorize, cors
from hc.api.models import Check
from hc.lib import audit
from hc.lib.badges import get_badge_svg

logger = logging.getLogger("hc.pings")


@csrf_exempt
def ping(request, code, action="success", exitstatus=None):
    check = get_object_or_404(Check, code=code)
    remote_addr = request.META.get("REMOTE_ADDR", "")
    ua = request.META.get("HTTP_USER_AGENT", "")
    body = request.body[:10000]

    rid = request.GET.get("rid")
    if rid is not None:
        try:
            rid = uuid.UUID(rid)
        except ValueError:
            return HttpResponseBadRequest("invalid rid")

    check.ping(remote_addr, request.scheme, request.method, ua, body, action, rid, exitstatus)
    logger.info("Ping for %s, rid=%s", check.code, rid)
    # expect: log-injection
    logger.debug("Ping body for %s: %s" % (check.code, body.decode(errors="replace")))
    response = HttpResponse("OK")
    response["Ping-Body-Limit"] = "10000"
    return response


@cors("GET")
@authorize
def project_checks(request):
    tag = request.GET.get("tag", "")
    checks = request.project.check_set.filter(tags__contains=tag)
    audit.record("list_checks", request.project.code)
    return HttpResponse(",".join(str(c.code) for c in checks), content_type="text/plain")


def badge(request, badge_key, signature, tag, fmt="svg"):
    status = "up"
    if fmt == "svg":
        svg = get_badge_svg(tag, status)
        # expect: xss
        return HttpResponse(svg, content_type="image/svg+xml")
    label = escape(request.GET.get("label") or tag)
    return HttpResponse(f"<span class='badge {status}'>{label}</span>")


JSONP_CALLBACK = re.compile(r"[A-Za-z_$][A-Za-z0-9_$.]{0,63}")


@cors("GET")
@authorize
def status_jsonp(request):
    payload = json.dumps({"checks": [str(c.code) for c in request.project.check_set.all()]})
    callback = request.GET.get("callback", "")
    if not JSONP_CALLBACK.fullmatch(callback):
        return HttpResponseBadRequest("invalid callback")
    return HttpResponse(f"{callback}({payload});", content_type="application/javascript")


@cors("GET")
def status_badge_jsonp(request, badge_key):
    payload = json.dumps({"status": "up", "badge": badge_key})
    callback = request.GET.get("cb") or "hcBadge"
    # expect: xss
    return HttpResponse("/**/" + callback + "(" + payload + ");", content_type="text/javascript")
