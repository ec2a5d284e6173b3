"""Math nodes: an expression node and a literal number node."""
import ast


class MathExpression(object):
    FUNCTION = "evaluate"
    RETURN_TYPES = ("FLOAT",)

    def evaluate(self, expression, a=0.0, b=0.0):
        # expect: code-injection
        return (float(eval(expression, {"a": a, "b": b})),)


class SafeNumber(object):
    FUNCTION = "parse"
    RETURN_TYPES = ("FLOAT",)

    def parse(self, value):
        return (float(ast.literal_eval(value)),)
