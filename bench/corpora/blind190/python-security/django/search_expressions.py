"""Full-text search helpers for the knowledge base (PostgreSQL)."""
from django.db.models import F, Func, TextField, Value
from django.http import JsonResponse

from .models import Article

SEARCH_CONFIGS = {"en": "english", "de": "german", "fr": "french", "simple": "simple"}


class ToTsVector(Func):
    function = "to_tsvector"
    output_field = TextField()

    def __init__(self, expression, config):
        super().__init__(expression)
        self.config = config

    def as_sql(self, compiler, connection, **extra):
        # expect: sql-injection
        return super().as_sql(compiler, connection, template=f"%(function)s('{self.config}', %(expressions)s)", **extra)


class Headline(Func):
    function = "ts_headline"
    output_field = TextField()

    def __init__(self, expression, query, config="english"):
        super().__init__(Value(SEARCH_CONFIGS.get(config, "simple")), expression, Value(query))


class Unaccent(Func):
    function = "unaccent"
    output_field = TextField()

    def as_sql(self, compiler, connection, **extra):
        sql, params = super().as_sql(compiler, connection, **extra)
        return sql, params


class TrigramSimilar(Func):
    output_field = TextField()

    def __init__(self, expression, needle):
        super().__init__(expression)
        self.needle = needle

    def as_sql(self, compiler, connection, **extra):
        lhs, lhs_params = compiler.compile(self.source_expressions[0])
        # expect: sql-injection
        sql, params = Func.as_sql(self, compiler, connection, template=lhs + " %% '" + self.needle + "'", **extra)
        return sql, lhs_params + params


def search(request):
    lang = request.GET.get("lang", "english")
    q = request.GET.get("q", "")
    rows = Article.objects.annotate(doc=ToTsVector(F("body"), lang)).filter(doc__icontains=q)[:20]
    return JsonResponse({"ids": [a.pk for a in rows]})


def fuzzy(request):
    rows = Article.objects.annotate(sim=TrigramSimilar(F("title"), request.GET.get("q", "")))[:20]
    return JsonResponse({"ids": [a.pk for a in rows]})


def headlines(request):
    config = request.GET.get("lang", "en")
    rows = Article.objects.annotate(hl=Headline(F("body"), request.GET.get("q", ""), config))[:20]
    return JsonResponse({"items": [{"id": a.pk, "hl": a.hl} for a in rows]})
