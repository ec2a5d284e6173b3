import json

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import models
from .processor import MinidumpStackwalkRule
from .utils import build_default_context, find_crash_id, get_params

API_ALLOWLIST = {"Bugs": models.Bugs, "SignatureFirstDate": models.SignatureFirstDate}


def report_index(request, crash_id, default_context=None):
    valid_crash_id = find_crash_id(crash_id)
    if not valid_crash_id:
        raise Http404("bad crash id")
    context = build_default_context(request)
    context["crash"] = json.loads(models.ProcessedCrash().get(valid_crash_id))
    return render(request, "crashstats/report_index.html", context)


def raw_data(request, crash_id, extension="json"):
    datatype = request.GET.get("type", "raw_crash")
    data = models.ProcessedCrash().get(crash_id, datatype)
    return HttpResponse(data, content_type="application/octet-stream")


def model_wrapper(request, model_name):
    model = API_ALLOWLIST.get(model_name)
    if model is None:
        raise Http404(model_name)
    params = get_params(request, ("signatures", "_sort", "prefix"), {"_sort": "date"})
    instance = model()
    if model_name == "SignatureFirstDate" and params.get("prefix"):
        return JsonResponse({"hits": instance.get_like(params["prefix"], params["_sort"])})
    if model_name == "SignatureFirstDate":
        return JsonResponse({"hits": instance.get(params["signatures"].split(","), params["_sort"])})
    return JsonResponse(instance.get(params["signatures"]))


def symbols_lookup(request):
    debug_file = request.GET.get("debug_file", "")
    proxy = models.SymbolsProxy()
    content = proxy.get(request.GET["symbols_url"], debug_file) if "symbols_url" in request.GET else proxy.get_default(debug_file)
    return HttpResponse(content, content_type="application/octet-stream")


def reprocess(request):
    crash_id = find_crash_id(request.POST.get("crash_id"))
    if not crash_id:
        return HttpResponseBadRequest()
    raw_crash = json.loads(request.POST.get("raw_crash", "{}"))
    rule = MinidumpStackwalkRule()
    out = rule.action(raw_crash, f"/tmp/dumps/{crash_id}.dmp")
    out += rule.action_argv(f"/tmp/dumps/{crash_id}.dmp")
    return HttpResponse(out, content_type="text/plain")


def signature_report(request):
    signature = request.GET.get("signature", "")
    heading = mark_safe("<h2 class='signature'>%s</h2>" % escape(signature))
    # expect: xss
    return HttpResponse("<h2>Signature report for " + signature + "</h2>" + heading)


def login_next(request):
    target = request.GET.get("next", "/")
    return redirect(target if target.startswith("/") and not target.startswith("//") else "/")
