"""Database functions used by the reporting querysets (PostgreSQL only)."""
from django.db.models import CharField, DateTimeField, Func, IntegerField, Value
from django.db.models.expressions import Expression


class Unaccent(Func):
    function = "UNACCENT"
    output_field = CharField()


# expect: sql-injection
class DateTrunc(Func):
    """DATE_TRUNC with the precision the report view reads from ``?bucket=`` (day, week, month...)."""

    output_field = DateTimeField()

    def __init__(self, expression, precision, **extra):
        super().__init__(expression, **extra)
        self.precision = precision

    def as_sql(self, compiler, connection, **extra_context):
        template = "DATE_TRUNC('%s', %%(expressions)s)" % self.precision
        return super().as_sql(compiler, connection, template=template, **extra_context)


class JsonbPath(Func):
    output_field = CharField()

    def __init__(self, column, path, **extra):
        super().__init__(column, Value(path), **extra)
        self.template = "%(expressions)s"

    def as_sql(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, template="jsonb_extract_path_text(%(expressions)s)")


class ArrayPosition(Func):
    function = "ARRAY_POSITION"
    output_field = IntegerField()


# expect: sql-injection
class OrderedBy(Expression):
    """ORDER BY fragment built from the ``sort`` query parameter of the report view."""

    def __init__(self, column, direction="ASC"):
        super().__init__()
        self.column, self.direction = column, direction

    def as_sql(self, compiler, connection):
        return f'"{self.column}" {self.direction}', []
