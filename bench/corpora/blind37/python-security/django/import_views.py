"""Import/restore endpoints of the dashboard app."""
import base64
import _pickle
import json
import pickle
import shelve

import dill
import yaml
from django.core import signing
from django.http import HttpResponse, JsonResponse
from django.views import View


def restore_state(request):
    # expect: insecure-deserialization
    state = pickle.loads(base64.b64decode(request.POST.get("state")))
    return JsonResponse({"widgets": len(state)})


def cart_summary(request):
    raw = request.COOKIES.get("cart", "")
    # expect: insecure-deserialization
    cart = pickle.loads(bytes.fromhex(raw))
    return JsonResponse({"items": cart.count()})


def upload_model(request):
    # expect: insecure-deserialization
    model = dill.loads(request.FILES.get("model").read())
    return JsonResponse({"features": model.n_features})


def import_pipeline(request):
    # expect: insecure-deserialization
    spec = yaml.load(request.POST.get("spec", ""), Loader=yaml.Loader)
    return JsonResponse({"steps": len(spec["steps"])})


def open_store(request):
    # expect: insecure-deserialization
    with shelve.open(request.GET.get("store")) as db:
        return JsonResponse({"keys": list(db.keys())})


class SnapshotView(View):
    def post(self, request):
        blob = request.POST.get("snapshot")
        data = base64.urlsafe_b64decode(blob)
        # expect: insecure-deserialization
        snapshot = _pickle.loads(data)
        return HttpResponse(status=204 if snapshot else 400)


def import_pipeline_safe(request):
    spec = yaml.safe_load(request.POST.get("spec", ""))
    return JsonResponse({"steps": len(spec["steps"])})


def cart_summary_signed(request):
    cart = signing.loads(request.COOKIES.get("cart", ""), salt="cart")
    return JsonResponse({"items": len(cart)})


def restore_state_json(request):
    state = json.loads(request.body)
    return JsonResponse({"widgets": len(state)})
