"""Wizard state and saved filter views."""
import base64
import json
import pickle

import dill
import yaml
from django.http import JsonResponse


def restore_wizard(request):
    raw = request.POST.get("state", "")
    # expect: deserialization
    state = pickle.loads(base64.b64decode(raw))
    return JsonResponse({"step": state["step"]})


def import_filters(request):
    doc = request.GET.get("filters")
    # expect: deserialization
    filters = yaml.load(doc, Loader=yaml.Loader)
    return JsonResponse({"count": len(filters)})


def import_filters_safe(request):
    filters = yaml.safe_load(request.GET.get("filters", "{}"))
    return JsonResponse({"count": len(filters)})


def resume_job(request):
    # expect: deserialization
    ctx = dill.loads(base64.urlsafe_b64decode(request.COOKIES.get("job_ctx", "")))
    return JsonResponse({"job": ctx.job_id})


def save_wizard(request):
    state = {"step": int(request.POST.get("step", 1))}
    token = base64.b64encode(pickle.dumps(state)).decode()
    return JsonResponse({"state": token})


def restore_prefs(request):
    prefs = json.loads(request.POST.get("prefs", "{}"))
    return JsonResponse(prefs)
