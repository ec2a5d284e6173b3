# library: Django ORM (Func / custom expressions)
"""Custom database expressions for the analytics app."""
from django.db.models import CharField, Func, Value


class JsonPath(Func):
    function = "JSON_EXTRACT"
    output_field = CharField()

    def __init__(self, expression, path, **extra):
        self.path = path
        super().__init__(expression, **extra)

    def as_sql(self, compiler, connection, **extra_context):
        lhs, params = compiler.compile(self.source_expressions[0])
        # expect: sql-injection
        return f"JSON_EXTRACT({lhs}, '$.{self.path}')", params


class SafeJsonPath(Func):
    function = "JSON_EXTRACT"
    output_field = CharField()

    def __init__(self, expression, path, **extra):
        super().__init__(expression, Value(f"$.{path}"), **extra)


class Collate(Func):
    template = "%(expressions)s COLLATE %(collation)s"

    def __init__(self, expression, collation):
        # expect: sql-injection
        super().__init__(expression, template="%(expressions)s COLLATE " + collation)


class Lower(Func):
    function = "LOWER"
    template = "%(function)s(%(expressions)s)"
