"""Custom query expressions used by the catalogue search."""
from django.db.models import Aggregate, CharField, Func, Value
from django.db.models.expressions import RawSQL


class Unaccent(Func):
    function = "UNACCENT"
    output_field = CharField()


class JsonPath(Func):
    function = "jsonb_path_query_first"

    def __init__(self, column, path, **extra):
        self.path = path
        super().__init__(column, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        # expect: sql-injection
        sql, params = super().as_sql(compiler, connection, template=f"%(function)s(%(expressions)s, '{self.path}')", **extra_context)
        return sql, params


class WeightedRank(Func):
    function = "ts_rank"

    def __init__(self, vector, query, weights, **extra):
        self.weights = weights
        super().__init__(vector, query, **extra)

    def as_postgresql(self, compiler, connection, **extra_context):
        weights = "{" + ",".join(str(w) for w in self.weights) + "}"
        # expect: sql-injection
        return self.as_sql(compiler, connection, template="%(function)s('" + weights + "', %(expressions)s)", **extra_context)


class GroupConcat(Aggregate):
    function = "GROUP_CONCAT"

    def __init__(self, expression, separator=",", **extra):
        self.separator = separator
        super().__init__(expression, output_field=CharField(), **extra)

    def as_mysql(self, compiler, connection, **extra_context):
        # expect: sql-injection
        return super().as_sql(compiler, connection, template="%(function)s(%(expressions)s SEPARATOR '" + self.separator + "')", **extra_context)


class Lower(Func):
    function = "LOWER"
    template = "%(function)s(%(expressions)s)"

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="LOWER", **extra_context)


def search_title(queryset, term):
    return queryset.annotate(plain=Unaccent("title")).filter(plain__icontains=Value(term))


def popularity(queryset):
    return queryset.annotate(score=RawSQL("views * %s", (3,)))
