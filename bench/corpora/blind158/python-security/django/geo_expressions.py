"""Custom ORM expressions for the store locator."""
import logging

from django.db.models import F, FloatField, Func, TextField, Value
from django.http import JsonResponse

from .models import Store

log = logging.getLogger(__name__)

UNITS = {"km": 6371.0, "mi": 3958.8}


class GreatCircle(Func):
    """Distance from a fixed point, in the unit the caller asks for."""

    output_field = FloatField()

    def __init__(self, lat, lng, unit="km", **extra):
        self.unit = unit
        super().__init__(Value(lat), Value(lng), **extra)

    def as_sql(self, compiler, connection, **extra_context):
        radius = UNITS.get(self.unit, UNITS["km"])
        template = f"{radius} * ACOS(COS(RADIANS(%(expressions)s)))"
        return super().as_sql(compiler, connection, template=template, **extra_context)


class Unaccent(Func):
    function = "UNACCENT"


class SearchRank(Func):
    output_field = FloatField()

    def __init__(self, expression, config, **extra):
        self.config = config
        super().__init__(expression, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        # expect: sql-injection
        return super().as_sql(compiler, connection, template=f"ts_rank(to_tsvector('{self.config}', %(expressions)s), plainto_tsquery('{self.config}', 'store'))", **extra_context)


class Collate(Func):
    output_field = TextField()

    def __init__(self, expression, collation, **extra):
        self.collation = collation
        super().__init__(expression, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        # expect: sql-injection
        return super().as_sql(compiler, connection, template="%(expressions)s COLLATE \"" + self.collation + "\"", **extra_context)


class JsonField(Func):
    output_field = TextField()

    def __init__(self, expression, key, **extra):
        self.key = key
        super().__init__(expression, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        # expect: sql-injection
        return super().as_sql(compiler, connection, template="%%(expressions)s ->> '%s'" % self.key, **extra_context)


def nearby(request):
    lat = float(request.GET["lat"])
    lng = float(request.GET["lng"])
    unit = request.GET.get("unit", "km")
    stores = Store.objects.annotate(distance=GreatCircle(lat, lng, unit=unit)).order_by("distance")[:20]
    return JsonResponse({"stores": list(stores.values("id", "name", "distance"))})


def search(request):
    rank = SearchRank(F("description"), request.GET.get("lang", "english"))
    name_order = Collate(F("name"), request.GET.get("collation", "C"))
    extra = JsonField(F("attributes"), request.GET.get("attr", "opening_hours"))
    stores = Store.objects.annotate(rank=rank, sort_name=name_order, attr=extra).order_by("-rank", "sort_name")
    log.debug("search with %s", request.GET.urlencode())
    return JsonResponse({"stores": list(stores.values("id", "name", "attr")[:20])})


def plain(request):
    stores = Store.objects.annotate(clean=Unaccent("name")).order_by("clean")
    return JsonResponse({"stores": list(stores.values_list("clean", flat=True))})
