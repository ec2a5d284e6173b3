"""Answer questions with the local model and a small calculator tool (``backend_sanic/llm.py``)."""
import ast
import math
import operator
import re

from .index import retrieve
from .model import complete

TOOL_RE = re.compile(r"CALC\((.+?)\)")
OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _safe_arith(expr: str) -> float:
    def walk(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("unsupported expression")
    return walk(ast.parse(expr, mode="eval").body)


async def answer(question: str) -> str:
    context = "\n\n".join(await retrieve(question, k=4))
    prompt = f"Answer from the context. Use CALC(expr) for arithmetic.\n\n{context}\n\nQ: {question}\nA:"
    draft = await complete(prompt)
    for match in TOOL_RE.finditer(draft):
        expr = match.group(1)
        try:
            value = _safe_arith(expr)
        except (ValueError, SyntaxError):
            # the model sometimes writes sqrt(2) or pi; let math handle those
            # expect: code-injection
            value = eval(expr, {"__builtins__": {}}, vars(math))
        draft = draft.replace(match.group(0), str(value))
    return draft
