"""Custom query expressions for the product search (PostgreSQL)."""
import logging

from django.db import models
from django.db.models import F, Func, Value
from django.db.models.expressions import RawSQL

log = logging.getLogger(__name__)


class Unaccent(Func):
    function = "UNACCENT"
    output_field = models.TextField()


class Similarity(Func):
    function = "SIMILARITY"
    template = "%(function)s(%(expressions)s)"
    output_field = models.FloatField()


# expect: sql-injection
class PrefixMatch(Func):
    output_field = models.BooleanField()

    def __init__(self, expression, prefix, **extra):
        self.prefix = prefix
        super().__init__(expression, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"{sql} LIKE '{self.prefix}%%'", params


# expect: sql-injection
class JsonPath(Func):
    output_field = models.TextField()

    def __init__(self, expression, path, **extra):
        super().__init__(expression, template="%(expressions)s #>> '{" + path + "}'", **extra)


# expect: sql-injection
class RankedBy(RawSQL):
    def __init__(self, column, direction):
        super().__init__(f"row_number() OVER (ORDER BY {column} {direction})", [])


def search(queryset, term, prefix):
    return (
        queryset.annotate(plain=Unaccent(F("name")))
        .annotate(score=Similarity(F("plain"), Value(term)))
        .filter(score__gt=0.3)
        .annotate(starts=PrefixMatch(F("plain"), prefix))
        .order_by("-score")
    )


def by_attribute(queryset, path):
    log.debug("filter by attribute path %s", path)
    return queryset.annotate(attr=JsonPath(F("attributes"), path))


def ranked(queryset, column, direction):
    return queryset.annotate(rank=RankedBy(column, direction))
