"""Site search."""
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template import Context, Template
from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

RESULTS_PER_PAGE = 10

HEADLINE = Template("{% if q %}Results for &ldquo;{{ q }}&rdquo;{% else %}Search{% endif %}")


def search(request):
    search_query = request.GET.get("query", None)
    page = request.GET.get("page", 1)

    if search_query:
        search_results = Page.objects.live().search(search_query)
        Query.get(search_query).add_hit()
    else:
        search_results = Page.objects.none()

    paginator = Paginator(search_results, RESULTS_PER_PAGE)
    try:
        search_results = paginator.page(page)
    except PageNotAnInteger:
        search_results = paginator.page(1)
    except EmptyPage:
        search_results = paginator.page(paginator.num_pages)

    headline = HEADLINE.render(Context({"q": search_query}))
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": search_query, "search_results": search_results, "headline": headline},
    )


def search_legacy(request):
    search_query = request.GET.get("query", "")
    banner = "<h1>Results for " + search_query + "</h1>" if search_query else "<h1>Search</h1>"
    # expect: template-injection
    headline = Template(banner).render(Context({}))
    results = Page.objects.live().search(search_query) if search_query else Page.objects.none()
    return TemplateResponse(request, "search/search.html", {"search_results": results, "headline": headline})
