"""Ranked product listings with hand-written SQL annotations."""
from django.db.models.expressions import RawSQL
from django.db.models.expressions import RawSQL as Raw
from django.http import JsonResponse
from django.views import View

from shop.models import Product

SORT_SQL = {
    "popular": "SELECT COUNT(*) FROM shop_orderline WHERE shop_orderline.product_id = shop_product.id",
    "rated": "SELECT AVG(stars) FROM shop_review WHERE shop_review.product_id = shop_product.id",
}


def tagged(request):
    qs = Product.objects.annotate(
        # expect: sql-injection
        tag_hits=RawSQL("SELECT COUNT(*) FROM shop_tag WHERE shop_tag.product_id = shop_product.id AND shop_tag.name = '%s'" % request.GET.get("tag"), ()),
    )
    return JsonResponse({"ids": [p.id for p in qs.order_by("-tag_hits")[:20]]})


def flagged(request):
    condition = request.GET.get("when", "stock > 0")
    expr = "CASE WHEN {} THEN 1 ELSE 0 END".format(condition)
    # expect: sql-injection
    qs = Product.objects.annotate(flag=RawSQL(expr, []))
    return JsonResponse({"flagged": qs.filter(flag=1).count()})


def regional(request):
    # expect: sql-injection
    price = Raw(f"SELECT price FROM shop_regionprice WHERE region = '{request.POST['region']}' AND product_id = shop_product.id", params=[])
    return JsonResponse({"prices": list(Product.objects.annotate(price=price).values("id", "price"))})


def max_of(request):
    field = request.GET["field"]
    # expect: sql-injection
    return RawSQL("SELECT MAX(" + field + ") FROM shop_price WHERE shop_price.product_id = shop_product.id", [])


class SearchView(View):
    def get(self, request):
        term = request.GET.get("q", "")
        sql = "SELECT ts_rank(search_vector, plainto_tsquery('%s'))" % term
        # expect: sql-injection
        rank = RawSQL(sql, ())
        results = Product.objects.annotate(rank=rank).order_by("-rank")[:50]
        return JsonResponse({"ids": [p.id for p in results]})


def tagged_safe(request):
    qs = Product.objects.annotate(
        tag_hits=RawSQL(
            "SELECT COUNT(*) FROM shop_tag WHERE shop_tag.product_id = shop_product.id AND shop_tag.name = %s",
            (request.GET.get("tag"),),
        )
    )
    return JsonResponse({"ids": [p.id for p in qs.order_by("-tag_hits")[:20]]})


def sorted_products(request):
    key = request.GET.get("sort", "popular")
    if key not in SORT_SQL:
        key = "popular"
    qs = Product.objects.annotate(score=RawSQL(SORT_SQL[key], ())).order_by("-score")
    return JsonResponse({"ids": [p.id for p in qs[:20]]})
