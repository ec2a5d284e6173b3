import ast

from fastapi import APIRouter, Request

from .deps import raw_query

router = APIRouter()


class Calculator:
    def __init__(self, expression: str):
        self.expression = expression

    def run(self):
        # expect: code-injection
        return eval(self.expression, {"__builtins__": {}})

    def run_literal(self):
        return ast.literal_eval(self.expression)


@router.get("/calc")
def calc(request: Request):
    return {"result": Calculator(raw_query(request, "expr", "0")).run()}


@router.get("/calc/literal")
def calc_literal(request: Request):
    return {"result": Calculator(raw_query(request, "expr", "0")).run_literal()}


@router.get("/calc/demo")
def calc_demo():
    return {"result": eval("2 + 3 * 4")}
