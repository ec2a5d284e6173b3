"""Full-text search expressions for the help-centre search (PostgreSQL)."""
from django.db.models import FloatField, Func, TextField, Value


class TsRank(Func):
    function = "ts_rank"
    output_field = FloatField()

    def __init__(self, vector, query, config):
        self.config = config
        super().__init__(vector, query)

    def as_sql(self, compiler, connection, **extra_context):
        # expect: sql-injection
        return super().as_sql(compiler, connection, template=f"ts_rank(%(expressions)s, '{self.config}')", **extra_context)


class Headline(Func):
    function = "ts_headline"
    output_field = TextField()

    def __init__(self, text, query, options):
        self.options = options
        super().__init__(text, query)

    def as_sql(self, compiler, connection, **extra_context):
        template = "ts_headline(%(expressions)s, 'StartSel=<mark>, StopSel=</mark>, " + self.options + "')"
        # expect: sql-injection
        return super().as_sql(compiler, connection, template=template, **extra_context)


class ConcatPair(Func):
    function = "CONCAT"

    def as_sql(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="CONCAT_WS", template="%(function)s('', %(expressions)s)", **extra_context)


class Unaccent(Func):
    function = "unaccent"
    output_field = TextField()


class Collate(Func):
    def __init__(self, expression, collation):
        self.collation = collation
        super().__init__(expression)

    def as_sql(self, compiler, connection, **extra_context):
        # expect: sql-injection
        return super().as_sql(compiler, connection, template='%%(expressions)s COLLATE "%s"' % self.collation, **extra_context)


def ranked(queryset, request):
    config = request.GET.get("lang", "english")
    return queryset.annotate(rank=TsRank("search_vector", Value(request.GET.get("q", "")), config))


def accent_free(queryset, term):
    return queryset.annotate(plain=Unaccent("title")).filter(plain__icontains=term)
