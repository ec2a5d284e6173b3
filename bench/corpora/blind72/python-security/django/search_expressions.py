"""ORM expressions used by the catalogue search and export pages."""
from django.db import connection
from django.db.models import Aggregate, CharField, F, Func
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Product

FUNC_TEMPLATE = "%(function)s(%(expressions)s)"
ALLOWED_COLLATIONS = {"C", "POSIX", "und-x-icu"}


class Unaccent(Func):
    function = "UNACCENT"
    template = FUNC_TEMPLATE

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, template=FUNC_TEMPLATE, **extra_context)


class Collate(Func):
    def __init__(self, expression, collation):
        self.collation = collation
        super().__init__(expression)

    def as_sql(self, compiler, connection, **extra_context):
        # expect: sql-injection
        return super().as_sql(compiler, connection, template="%(expressions)s COLLATE " + self.collation, **extra_context)


class CheckedCollate(Collate):
    def as_sql(self, compiler, connection, **extra_context):
        if self.collation not in ALLOWED_COLLATIONS:
            raise ValueError("unknown collation")
        return Func.as_sql(self, compiler, connection, template='%(expressions)s COLLATE "' + self.collation + '"')


class JsonPath(Func):
    def __init__(self, field, path):
        super().__init__(F(field))
        self.path = path

    def as_sql(self, compiler, connection):
        template = "%(expressions)s #>> '{{{}}}'".format(self.path)
        return super().as_sql(
            compiler,
            connection,
            # expect: sql-injection
            template=template,
        )


class GroupConcat(Aggregate):
    function = "GROUP_CONCAT"

    def __init__(self, expression, separator=",", **extra):
        self.separator = separator
        super().__init__(expression, output_field=CharField(), **extra)

    def as_mysql(self, compiler, connection, **extra_context):
        # expect: sql-injection
        return self.as_sql(compiler, connection, template=f"%(function)s(%(expressions)s SEPARATOR '{self.separator}')", **extra_context)


def ordered_sql(expr, compiler, direction):
    # expect: sql-injection
    return expr.as_sql(compiler, connection, template="%%(expressions)s %s" % direction)


def where_clause(queryset):
    compiler = queryset.query.get_compiler(using="default")
    return queryset.query.where.as_sql(compiler, connection)


@require_GET
def search(request):
    collation = request.GET.get("collation", "C")
    rows = Product.objects.annotate(sort_name=Collate(F("name"), collation)).order_by("sort_name")
    path = request.GET.get("attr", "colour")
    attrs = Product.objects.annotate(attr=JsonPath("attributes", path)).values_list("attr", flat=True)
    tags = Product.objects.values("category").annotate(tags=GroupConcat("tags__name", separator=request.GET.get("sep", ",")))
    plain = Product.objects.annotate(folded=Unaccent("name")).filter(folded__icontains=request.GET.get("q", ""))
    return JsonResponse({"names": [p.name for p in rows], "attrs": list(attrs), "tags": list(tags), "n": plain.count()})
