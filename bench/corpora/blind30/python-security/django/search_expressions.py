"""Full-text search expressions for the catalogue (PostgreSQL)."""
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Lower

LANGUAGES = {"en": "english", "de": "german", "fr": "french"}


class TsRank(Func):
    function = "ts_rank"
    output_field = TextField()

    def __init__(self, vector, query, config, **extra):
        self.config = config
        super().__init__(vector, query, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        template = "%(function)s(to_tsvector('" + self.config + "', %(expressions)s))"
        # expect: sql-injection
        return super().as_sql(compiler, connection, template=template, **extra_context)


class Unaccent(Func):
    function = "UNACCENT"

    def as_sql(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, template="%(function)s(%(expressions)s)", **extra_context)


class Concat(Func):
    def __init__(self, *expressions, separator=", ", **extra):
        self.separator = separator
        super().__init__(*expressions, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        # expect: sql-injection
        return super().as_sql(compiler, connection, arg_joiner=" || '%s' || " % self.separator, **extra_context)


class Highlight(Func):
    def __init__(self, expression, tag, **extra):
        self.tag = tag
        super().__init__(expression, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        function = "ts_headline"
        extra_context["template"] = "%(function)s(%(expressions)s, 'StartSel=<" + self.tag + ">')"
        # expect: sql-injection
        sql, params = super().as_sql(compiler, connection, function=function, **extra_context)
        return sql, params


def search_queryset(qs, request):
    lang = LANGUAGES.get(request.GET.get("lang"), "english")
    sep = request.GET.get("sep", ", ")
    return qs.annotate(
        rank=TsRank(F("search_vector"), Value(request.GET.get("q", "")), lang),
        label=Concat(F("brand"), F("name"), separator=sep),
        clean=Unaccent(Lower("name")),
    )


def explain(qs, connection):
    compiler = qs.query.get_compiler(connection=connection)
    sql, params = compiler.as_sql()
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("EXPLAIN " + sql % tuple(params))
        return cursor.fetchall()
