# library: django (pickle / yaml on request data)
import base64
import json
import pickle

import yaml
from django.core import signing
from django.http import JsonResponse


def restore_cart(request):
    blob = request.COOKIES.get("cart", "")
    # expect: deserialization
    cart = pickle.loads(base64.b64decode(blob))
    return JsonResponse({"items": len(cart)})


def import_settings(request):
    # expect: deserialization
    settings_doc = yaml.load(request.body, Loader=yaml.Loader)
    return JsonResponse({"keys": list(settings_doc)})


def import_settings_safe(request):
    settings_doc = yaml.safe_load(request.body)
    return JsonResponse({"keys": list(settings_doc)})


def restore_cart_signed(request):
    cart = signing.loads(request.COOKIES.get("cart", ""), salt="cart", max_age=86400)
    return JsonResponse({"items": len(cart)})


def restore_filters(request):
    filters = json.loads(base64.b64decode(request.GET.get("f", "e30=")))
    return JsonResponse(filters)
