"""Query expressions shared by the catalogue and the reporting app."""
from django.db import models
from django.db.models import F, Func, Value
from django.db.models import expressions as expr
from django.db.models.functions import Lower


# Fixed SQL function, nothing from the caller reaches the template.
class Unaccent(Func):
    function = "UNACCENT"
    output_field = models.TextField()


# expect: sql-injection
class JsonExtract(Func):
    """JSON path lookup; the path is pasted into the template."""

    def __init__(self, column, path, **extra):
        self.template = "%(expressions)s ->> '" + path + "'"
        super().__init__(F(column), **extra)


# expect: sql-injection
class SortKey(models.Expression):
    def __init__(self, column, direction="ASC"):
        super().__init__(output_field=models.TextField())
        self.column = column
        self.direction = direction

    def as_sql(self, compiler, connection):
        return "%s %s" % (connection.ops.quote_name(self.column), self.direction), []


# expect: sql-injection
class TenantRaw(expr.RawSQL):
    def __init__(self, tenant_schema, table):
        super().__init__("SELECT id FROM {}.{}".format(tenant_schema, table), ())


# expect: sql-injection
class Highlight(models.Func):
    function = "ts_headline"

    def __init__(self, text, query, options):
        self.template = f"%(function)s(%(expressions)s, '{options}')"
        super().__init__(text, query)


# expect: sql-injection
class ColumnValue(expr.Value):
    def as_sql(self, compiler, connection):
        return "(%s)" % self.value, []


def catalogue_ordering(queryset):
    # Plain use of the built-ins: no custom class, nothing interpolated.
    return queryset.annotate(
        name_key=Lower("name"),
        plain=Unaccent(F("title")),
        label=Value("catalogue"),
    ).order_by("name_key")
