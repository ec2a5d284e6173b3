"""Custom ORM expressions used by the reporting queries."""
from django.db import models
from django.db.models import Func, Subquery
from django.db.models import expressions
from django.db.models.expressions import RawSQL


# expect: sql-injection
class JsonbPath(Func):
    function = "jsonb_extract_path_text"

    def __init__(self, expression, path, **extra):
        template = "%(function)s(%(expressions)s, '" + "', '".join(path.split(".")) + "')"
        super().__init__(expression, template=template, **extra)


# expect: sql-injection
class OrderedBy(models.Expression):
    def __init__(self, column, direction="ASC"):
        super().__init__(output_field=models.IntegerField())
        self.column = column
        self.direction = direction

    def as_sql(self, compiler, connection):
        return f"row_number() OVER (ORDER BY {self.column} {self.direction})", []


# expect: sql-injection
class TenantTable(RawSQL):
    def __init__(self, schema, table):
        super().__init__("SELECT id FROM %s.%s" % (schema, table), ())


# expect: sql-injection
class Literal(expressions.Value):
    def as_sql(self, compiler, connection):
        return "'%s'" % self.value, []


# expect: sql-injection
class DateTrunc(Func):
    def __init__(self, expression, unit, **extra):
        super().__init__(expression, template=f"date_trunc('{unit}', %(expressions)s)", **extra)


class Unaccent(Func):
    function = "UNACCENT"
    output_field = models.TextField()


class SubqueryCount(Subquery):
    template = "(SELECT count(*) FROM (%(subquery)s) _count)"
    output_field = models.IntegerField()


def search_products(qs, term):
    return qs.annotate(plain=Unaccent("name")).filter(plain__icontains=term)
