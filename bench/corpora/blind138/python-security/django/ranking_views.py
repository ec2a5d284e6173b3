"""Ranked listings with raw SQL annotations."""
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Article

SORT_COLUMNS = {"score": "score", "views": "view_count", "date": "published_at"}


def ranked(request):
    weight = request.GET.get("weight", "1")
    # expect: sql-injection
    qs = Article.objects.annotate(rank=RawSQL("score * %s" % weight, ()))
    return JsonResponse({"ids": [a.id for a in qs.order_by("-rank")[:20]]})


def by_tag(request):
    tag = request.GET.get("tag")
    # expect: sql-injection
    qs = Article.objects.filter(id__in=RawSQL(f"SELECT article_id FROM tags WHERE name = '{tag}'", []))
    return JsonResponse({"count": qs.count()})


def custom_order(request):
    expr = "CASE WHEN author_id = {} THEN 0 ELSE 1 END".format(request.GET["author"])
    # expect: sql-injection
    qs = Article.objects.annotate(pinned=RawSQL(expr, ())).order_by("pinned", "-published_at")
    return JsonResponse({"ids": list(qs.values_list("id", flat=True)[:20])})


def ranked_safe(request):
    weight = float(request.GET.get("weight", "1"))
    qs = Article.objects.annotate(rank=RawSQL("score * %s", (weight,)))
    return JsonResponse({"ids": [a.id for a in qs.order_by("-rank")[:20]]})


def by_tag_safe(request):
    sub = RawSQL("SELECT article_id FROM tags WHERE name = %s", [request.GET.get("tag", "")])
    return JsonResponse({"count": Article.objects.filter(id__in=sub).count()})


def sorted_list(request):
    column = SORT_COLUMNS.get(request.GET.get("sort"), "published_at")
    qs = Article.objects.annotate(key=F(column)).order_by("-key")
    return JsonResponse({"ids": list(qs.values_list("id", flat=True)[:20])})
