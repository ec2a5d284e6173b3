from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views import View
from django.views.generic import ListView

from . import services
from .forms import SearchForm, TeaserForm
from .models import Article


def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("bad query")
    term = form.cleaned_data["q"]
    results = Article.objects.search_raw(term)
    return JsonResponse({"ids": [a.pk for a in results]})


def search_v2(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("bad query")
    data = form.cleaned_data
    results = Article.objects.search_bound(data["q"])
    ordered = Article.objects.published().order_by(data["order"])
    return JsonResponse({"ids": [a.pk for a in results], "top": [a.pk for a in ordered[:5]]})


class RegionArticleList(ListView):
    model = Article
    paginate_by = 20

    def get_queryset(self):
        region = self.request.reader_region
        qs = super().get_queryset()
        # expect: sql-injection
        return qs.extra(where=[f"region = '{region}'"])


class RegionArticleListV2(ListView):
    model = Article
    paginate_by = 20

    def get_queryset(self):
        qs = super().get_queryset()
        return qs.extra(where=["region = %s"], params=[self.request.reader_region])


def ranked(request):
    by_region = services.ranked_for_region(request.reader_region)
    by_edition = services.ranked_for_edition(request.META["NEWSROOM_EDITION"])
    return JsonResponse({"region": [a.pk for a in by_region[:10]], "edition": [a.pk for a in by_edition[:10]]})


def headline(request, slug):
    article = get_object_or_404(Article, slug=slug)
    highlight = request.GET.get("hl", "")
    title = article.title
    if highlight:
        title = title.replace(highlight, f"<mark>{highlight}</mark>")
    safe_title = format_html("<h1>{}</h1>", article.title)
    # expect: xss
    return HttpResponse(mark_safe(f"<h1>{title}</h1>") + safe_title)


class TeaserPreview(View):
    def post(self, request):
        form = TeaserForm(request.POST)
        if not form.is_valid():
            return HttpResponseBadRequest("invalid teaser")
        data = form.cleaned_data
        if data.get("layout_name"):
            html = services.render_named_teaser(data["layout_name"], data["headline"])
        else:
            html = services.render_teaser(data["layout"], data["headline"])
        return HttpResponse(html)


def locale_snippet(request):
    name = request.GET.get("name", "welcome")
    strict = request.GET.get("strict") == "1"
    if strict:
        return HttpResponse(services.snippet_for_reader_checked(name), content_type="text/plain")
    return HttpResponse(services.snippet_for_reader(name), content_type="text/plain")


def leave(request):
    target = request.GET.get("to", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return HttpResponseRedirect(target)
    external = request.GET.get("external", "")
    # expect: open-redirect
    return HttpResponseRedirect(external or "/")
