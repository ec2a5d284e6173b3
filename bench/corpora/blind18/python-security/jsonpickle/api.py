"""Undo stack for the diagram editor, round-tripped through the client."""
import json

import jsonpickle
from jsonpickle import decode as jp_decode
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Diagram


@require_POST
def restore(request, pk):
    diagram = Diagram.objects.get(pk=pk, owner=request.user)
    # expect: deserialization
    history = jsonpickle.decode(request.body)
    diagram.history = history
    diagram.save()
    return JsonResponse({"ok": True})


@require_POST
def restore_item(request, pk):
    payload = request.POST["item"]
    # expect: deserialization
    item = jp_decode(payload, keys=True)
    return JsonResponse({"type": type(item).__name__})


@require_POST
def restore_plain(request, pk):
    # safe: plain JSON
    history = json.loads(request.body)
    return JsonResponse({"entries": len(history)})


def snapshot(diagram):
    # safe: encoding only
    return jsonpickle.encode(diagram.history, unpicklable=False)
