"""Inline expression evaluators ("<% %>" and "{{ }}" style)."""
import ast
import re

INLINE = re.compile(r"^<%\s*(.*?)\s*%>$")


class ExpressionEvaluator:
    def evaluate(self, expression, context):
        match = INLINE.match(expression or "")
        if not match:
            return ast.literal_eval(expression) if expression else None
        body = match.group(1)
        if body.startswith("$."):
            return context.get(body[2:])
        # expect: code-injection
        return eval(body, {"__builtins__": {}}, dict(context))
