"""Restores saved editor drafts that the browser posts back."""
import base64
import json
import pickle
import _pickle

import dill
import yaml
from django.core import signing
from django.http import JsonResponse

from .models import Draft


def restore_draft(request):
    blob = base64.b64decode(request.POST.get("draft", ""))
    # expect: deserialization
    draft = pickle.loads(blob)
    return JsonResponse({"title": draft.get("title")})


def restore_layout(request):
    # expect: deserialization
    layout = yaml.load(request.body.decode() or request.GET.get("layout", ""), Loader=yaml.Loader)
    return JsonResponse({"panels": len(layout)})


def import_macro(request):
    payload = request.FILES.get("macro").read() if request.FILES.get("macro") else request.GET.get("macro", "").encode()
    # expect: deserialization
    macro = dill.loads(payload)
    return JsonResponse({"name": macro.__name__})


def restore_cursor(request):
    state = request.COOKIES.get("cursor")
    # expect: deserialization
    cursor = _pickle.loads(base64.urlsafe_b64decode(state))
    return JsonResponse({"line": cursor[0]})


def restore_draft_safe(request):
    data = json.loads(request.POST.get("draft", "{}"))
    return JsonResponse({"title": data.get("title")})


def restore_signed(request):
    data = signing.loads(request.GET.get("token", ""), max_age=3600)
    return JsonResponse(data)


def restore_layout_safe(request):
    layout = yaml.safe_load(request.GET.get("layout", "[]"))
    return JsonResponse({"panels": len(layout)})


def save_draft(request):
    draft = Draft.objects.create(owner=request.user, blob=pickle.dumps({"title": "untitled"}))
    return JsonResponse({"id": draft.pk})
