from django.db import connections
from django.db.models.expressions import RawSQL
from django.http import HttpResponse
from django.template import Context, Template, engines
from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.response import Response

from .models import Item, Warehouse
from .serializers import ItemSerializer

WAREHOUSE_CODES = ("AMS1", "FRA2", "DUB1")


def _ordering_sql(params):
    direction = params.get("dir", "ASC")
    column = params.get("col", "sku")
    return "%s %s" % (column, direction)


class ItemViewSet(viewsets.ModelViewSet):
    queryset = Item.objects.all()
    serializer_class = ItemSerializer

    def get_queryset(self):
        qs = super().get_queryset()
        min_qty = self.request.query_params.get("min_qty")
        if min_qty is not None:
            qs = qs.filter(quantity__gte=int(min_qty))
        return qs

    @action(detail=False)
    def ranked(self, request):
        order = _ordering_sql(request.query_params)
        # expect: sql-injection
        items = Item.objects.raw(f"SELECT * FROM inventory_item ORDER BY {order}")
        return Response(ItemSerializer(items, many=True).data)

    @action(detail=False)
    def weighted(self, request):
        factor = request.query_params.get("factor", "1")
        # expect: sql-injection
        qs = Item.objects.annotate(score=RawSQL("quantity * " + factor, []))
        return Response(list(qs.values("sku", "score")))

    @action(detail=False)
    def weighted_safe(self, request):
        factor = float(request.query_params.get("factor", "1"))
        qs = Item.objects.annotate(score=RawSQL("quantity * %s", [factor]))
        return Response(list(qs.values("sku", "score")))

    @action(detail=False)
    def in_warehouse(self, request):
        code = request.query_params.get("wh", "")
        if code not in WAREHOUSE_CODES:
            return Response(status=status.HTTP_400_BAD_REQUEST)
        with connections["reporting"].cursor() as cur:
            cur.execute("SELECT sku FROM stock_%s" % code.lower())
            return Response([r[0] for r in cur.fetchall()])


@api_view(["GET"])
def legacy_stock(request):
    wh = request.GET.get("wh")
    with connections["reporting"].cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT sku, qty FROM stock WHERE warehouse = '%s'" % wh)
        return Response(cur.fetchall())


@api_view(["GET"])
def legacy_stock_safe(request):
    wh = request.GET.get("wh")
    with connections["reporting"].cursor() as cur:
        cur.execute("SELECT sku, qty FROM stock WHERE warehouse = %s", [wh])
        return Response(cur.fetchall())


@api_view(["POST"])
def label_preview(request):
    layout = request.data.get("layout", "{{ sku }}")
    # expect: template-injection
    rendered = Template(layout).render(Context({"sku": "ABC-1"}))
    return HttpResponse(rendered)


@api_view(["POST"])
def label_preview_safe(request):
    tpl = engines["django"].get_template("labels/default.html")
    return HttpResponse(tpl.render({"sku": request.data.get("sku", "")}))


def warehouse_report(request):
    wh = Warehouse.objects.get(code="AMS1")
    with connections["reporting"].cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM stock WHERE warehouse = '%s'" % wh.code)
        return HttpResponse(str(cur.fetchone()[0]), content_type="text/plain")
