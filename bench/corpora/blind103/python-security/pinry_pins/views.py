from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import escape
from django.utils.safestring import mark_safe
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Pin, pins_for_tag, pins_for_tags
from .serializers import PinSerializer


class PinViewSet(viewsets.ModelViewSet):
    queryset = Pin.objects.all()
    serializer_class = PinSerializer

    @action(detail=False)
    def tagged(self, request):
        tags = request.query_params.get("tags__name", "").split(",")
        board = request.query_params.get("board", "0")
        return Response({"ids": pins_for_tags(tags), "first": pins_for_tag(tags[0], board)})


def pin_embed(request, pk):
    pin = get_object_or_404(Pin, pk=pk)
    title = request.GET.get("title") or pin.description
    safe_block = mark_safe("<figure><figcaption>%s</figcaption></figure>" % escape(title))
    # expect: xss
    block = mark_safe("<figure><a href='%s'>%s</a></figure>" % (pin.referer, escape(title)))
    return HttpResponse(safe_block + block)


def pin_source(request, pk):
    pin = get_object_or_404(Pin, pk=pk)
    # expect: open-redirect
    return redirect(pin.referer or pin.url)
