"""Article and product search using QuerySet.extra for the legacy full-text columns."""
from django.http import JsonResponse
from django.views.generic import ListView

from .models import Article, Product


def search_articles(request):
    term = request.GET.get("q", "")
    # expect: sql-injection
    qs = Article.objects.extra(where=["title ILIKE '%%%s%%'" % term])
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def by_author(request):
    # expect: sql-injection
    qs = Article.objects.extra(where=["author_id = {}".format(request.GET.get("author"))])
    return JsonResponse({"count": qs.count()})


def by_tag(request):
    tag = request.POST["tag"]
    clause = f"tags @> ARRAY['{tag}']"
    # expect: sql-injection
    articles = Article.objects.extra(where=[clause], order_by=["-published_at"])
    return JsonResponse({"ids": [a.pk for a in articles]})


class ProductSearchView(ListView):
    model = Product
    template_name = "shop/search.html"

    def get_queryset(self):
        price_filter = "price_cents < " + self.request.GET.get("max", "100000")
        # expect: sql-injection
        return Product.objects.extra(where=[price_filter, "active = true"])


def raw_where(request):
    # expect: sql-injection
    return JsonResponse({"n": Product.objects.extra(where=[request.GET["where"]]).count()})


def search_articles_ok(request):
    term = request.GET.get("q", "")
    qs = Article.objects.extra(where=["title ILIKE %s"], params=["%" + term + "%"])
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def by_author_ok(request):
    qs = Article.objects.filter(author_id=int(request.GET.get("author", "0")))
    return JsonResponse({"count": qs.count()})


def recent(request):
    qs = Article.objects.extra(select={"is_recent": "published_at > now() - interval '7 days'"})
    return JsonResponse({"n": qs.count()})
