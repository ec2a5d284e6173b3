"""Custom ORM expressions for the product search page (PostgreSQL)."""
from django.db.models import CharField, F, FloatField, Func, Value
from django.db.models.functions import Lower

from .models import Product


class Unaccent(Func):
    function = "UNACCENT"
    output_field = CharField()


class TrigramSimilarity(Func):
    function = "SIMILARITY"
    output_field = FloatField()

    def __init__(self, expression, text, **extra):
        super().__init__(expression, Value(text), **extra)


# expect: sql-injection
class JsonAttribute(Func):
    """attrs #>> '{path}' with the path spliced into the SQL template."""
    template = "%(expressions)s #>> '{%(path)s}'"
    output_field = CharField()

    def __init__(self, expression, path, **extra):
        super().__init__(expression, path=path, **extra)


# expect: sql-injection
class RankBoost(Func):
    output_field = FloatField()

    def __init__(self, expression, boost_sql, **extra):
        self.boost_sql = boost_sql
        super().__init__(expression, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"({sql} * {self.boost_sql})", params


def search(request):
    q = request.GET.get("q", "")
    attr = request.GET.get("attr", "colour")
    boost = request.GET.get("boost", "1.0")
    return (
        Product.objects.annotate(name_norm=Lower(Unaccent(F("name"))))
        .annotate(sim=TrigramSimilarity("name", q))
        .annotate(attr_value=JsonAttribute("attributes", attr))
        .annotate(score=RankBoost("popularity", boost))
        .filter(sim__gt=0.2)
        .order_by("-score")[:50]
    )
