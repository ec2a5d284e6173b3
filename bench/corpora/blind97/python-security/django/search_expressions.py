"""Custom query expressions for the catalogue search."""
from django.db import models
from django.db.models import F, Func, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Lower


# expect: sql-injection
class JsonPath(Func):
    """JSON value at a client-supplied path: the path is spliced into the SQL text."""

    function = "JSON_EXTRACT"
    template = "%(function)s(%(expressions)s, '$.%(path)s')"

    def __init__(self, expression, path, **extra):
        super().__init__(expression, path=path, **extra)


# expect: sql-injection
class Similarity(models.Func):
    function = "SIMILARITY"

    def __init__(self, column, query, **extra):
        super().__init__(column, **extra)
        self.query = query

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"SIMILARITY({sql}, '{self.query}')", params


# expect: sql-injection
class RankBy(RawSQL):
    def __init__(self, column_name, weights):
        super().__init__("ts_rank(%s, '%s')" % (column_name, weights), ())


class Product(models.Model):
    name = models.CharField(max_length=200)
    attributes = models.JSONField(default=dict)
    nickname = models.CharField(max_length=100, blank=True, default="")


def products_matching(term):
    return Product.objects.annotate(lname=Lower("name")).filter(lname__contains=term.lower())


def display_names():
    return Product.objects.annotate(label=Coalesce(F("nickname"), F("name"), Value("unnamed")))


def upper_names():
    return Product.objects.annotate(uname=Func(F("name"), function="UPPER"))
