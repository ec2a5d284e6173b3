"""Views of the CMS."""
import logging
import urllib.request
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.views import View
from django.views.generic import TemplateView

from . import rendering

log = logging.getLogger("cms")

THEMES = {"dark": "cms/dark.css", "light": "cms/light.css"}
BLOCKS = ("hero", "gallery", "quote")


class BlockPreviewView(View):
    def post(self, request):
        source = request.POST.get("source", "")
        html = rendering.render_block(source, {"workspace": request.workspace})
        return HttpResponse(html)


class NamedBlockView(View):
    def get(self, request, name):
        if name not in BLOCKS:
            name = "hero"
        return HttpResponse(rendering.render_named_block(name, {"workspace": request.workspace}))


class HeadingView(View):
    def get(self, request):
        return HttpResponse(rendering.heading(request.GET.get("text", "")))


class HeadingSafeView(View):
    def get(self, request):
        return HttpResponse(rendering.heading_escaped(request.GET.get("text", "")))


class DraftView(View):
    def get(self, request):
        cookie = request.COOKIES.get("draft")
        if not cookie:
            return JsonResponse({"draft": None})
        return JsonResponse({"draft": rendering.decode_draft(cookie)})


class DraftJsonView(View):
    def get(self, request):
        cookie = request.COOKIES.get("draft")
        if not cookie:
            return JsonResponse({"draft": None})
        return JsonResponse({"draft": rendering.decode_draft_json(cookie)})


class ThemeView(TemplateView):
    template_name = "cms/page.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["stylesheet"] = THEMES.get(self.request.preview_theme, THEMES["light"])
        return ctx


class OembedView(View):
    def get(self, request):
        target = request.GET.get("url", "")
        endpoint = request.GET.get("provider", settings.OEMBED_ENDPOINT)
        # expect: ssrf
        with urllib.request.urlopen(endpoint + "?" + urlencode({"url": target}), timeout=5) as resp:
            return HttpResponse(resp.read(), content_type="application/json")


class OembedFixedView(View):
    def get(self, request):
        target = request.GET.get("url", "")
        with urllib.request.urlopen(settings.OEMBED_ENDPOINT + "?" + urlencode({"url": target}), timeout=5) as resp:
            return HttpResponse(resp.read(), content_type="application/json")


def publish_done(request):
    back = request.GET.get("back") or request.META.get("HTTP_REFERER", "/")
    # expect: open-redirect
    return HttpResponseRedirect(back)


def publish_done_local(request):
    return HttpResponseRedirect("/cms/pages/")
