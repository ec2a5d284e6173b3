"""Staff tool: previews the SQL of report columns picked in the report builder."""
from django.db import connection
from django.db.models import Aggregate, F, Func, Lookup
from django.db.models.fields import Field

from .models import Sale


def _compiler(queryset):
    return queryset.query.get_compiler(using=queryset.db)


def preview_ordering(column, direction):
    qs = Sale.objects.all()
    expr = Func(F(column), function="LOWER")
    # expect: sql-injection
    sql, params = expr.as_sql(_compiler(qs), connection, template=f"%(function)s(%(expressions)s) {direction}")
    return sql, params


def preview_aggregate(column, func_name):
    qs = Sale.objects.all()
    agg = Aggregate(F(column))
    # expect: sql-injection
    return agg.as_sql(_compiler(qs), connection, function=func_name.upper())


def preview_concat(columns, separator):
    qs = Sale.objects.all()
    expr = Func(*[F(c) for c in columns], function="CONCAT")
    compiler = _compiler(qs)
    # expect: sql-injection
    return expr.as_sql(compiler, connection, arg_joiner=" || '%s' || " % separator)


def preview_custom(column, options):
    qs = Sale.objects.all()
    expr = Func(F(column), function="ROUND")
    # expect: sql-injection
    return expr.as_sql(_compiler(qs), connection, **options)


@Field.register_lookup
class NotEqual(Lookup):
    lookup_name = "ne"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return "%s <> %s" % (lhs, rhs), lhs_params + rhs_params


def preview_plain(column):
    qs = Sale.objects.all()
    expr = Func(F(column), function="UPPER")
    return expr.as_sql(_compiler(qs), connection)


def preview_fixed(column):
    qs = Sale.objects.all()
    expr = Func(F(column), function="COALESCE")
    return expr.as_sql(_compiler(qs), connection, template="%(function)s(%(expressions)s, 0)")
