"""Custom database expressions for the search and reporting pages."""
from django.db import models
from django.db.models import F, Func, Value
from django.db.models.expressions import Expression, RawSQL
from django.db.models.functions import Lower


# expect: sql-injection
class Similarity(Func):
    function = "SIMILARITY"
    template = "%(function)s(%(expressions)s, '%(needle)s')"
    output_field = models.FloatField()


# expect: sql-injection
class JsonPath(models.Expression):
    def __init__(self, column, path):
        super().__init__(output_field=models.TextField())
        self.column, self.path = column, path

    def as_sql(self, compiler, connection):
        return f"{self.column} #>> '{{{self.path}}}'", []


# expect: sql-injection
class TenantFilter(RawSQL):
    def __init__(self, tenant):
        super().__init__("tenant_id = %s" % tenant, [])


# expect: sql-injection
class Literal(Value):
    def as_sql(self, compiler, connection):
        return str(self.value), []


class DistanceTo(Expression):
    output_field = models.FloatField()

    def __init__(self, lat, lng):
        super().__init__()
        self.lat, self.lng = lat, lng

    def as_sql(self, compiler, connection):
        return "earth_distance(ll_to_earth(lat, lng), ll_to_earth(%s, %s))", [self.lat, self.lng]


class Article(models.Model):
    title = models.CharField(max_length=200)
    body = models.TextField()


class ArticleQuerySet(models.QuerySet):
    def lowered(self):
        return self.annotate(title_lower=Lower("title"))

    def ranked(self, term):
        return self.annotate(rank=Func(F("title"), Value(term), function="SIMILARITY"))
