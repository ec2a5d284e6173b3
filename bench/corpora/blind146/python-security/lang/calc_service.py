"""Tiny calculator endpoints used by the reporting dashboard."""
import ast
import logging
import operator
import socketserver

from flask import Flask, request

log = logging.getLogger(__name__)
app = Flask(__name__)

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def safe_eval(expr):
    def walk(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("unsupported expression")
    return walk(ast.parse(expr, mode="eval").body)


@app.route("/calc")
def calc():
    expr = request.args.get("q", "0")
    # expect: code-injection
    return str(eval(expr))


@app.route("/calc/safe")
def calc_safe():
    return str(safe_eval(request.args.get("q", "0")))


@app.route("/widget")
def widget():
    # expect: code-injection
    settings = eval(request.cookies.get("widget_settings", "{}"))
    return {"columns": settings.get("columns", 3)}


class CalcHandler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode().strip()
        # expect: code-injection
        result = eval(line)
        self.wfile.write(f"{result}\n".encode())


def parse_defaults(text):
    return ast.literal_eval(text)
