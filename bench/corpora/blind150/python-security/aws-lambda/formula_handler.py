"""Lambda behind API Gateway: evaluates pricing formulas for the quote service."""
import ast
import json
import logging
import operator

logger = logging.getLogger()
logger.setLevel(logging.INFO)

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def safe_arith(expr):
    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("unsupported expression")

    return walk(ast.parse(expr, mode="eval"))


def quote_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    formula = body.get("formula", "0")
    # expect: code-injection
    price = eval(formula, {"__builtins__": {}}, {"base": body.get("base", 0)})
    return {"statusCode": 200, "body": json.dumps({"price": price})}


def hook_handler(event, context):
    hook = event["queryStringParameters"]["hook"]
    scope = {"result": None}
    # expect: code-injection
    exec(hook, scope)
    return {"statusCode": 200, "body": json.dumps({"result": scope["result"]})}


def discount_handler(event, context):
    rule = event["pathParameters"]["rule"]
    # expect: code-injection
    discount = eval("lambda total: " + rule)(float(event.get("total", 0)))
    return {"statusCode": 200, "body": json.dumps({"discount": discount})}


def safe_quote_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    try:
        price = safe_arith(body.get("formula", "0"))
    except (ValueError, SyntaxError, ZeroDivisionError):
        return {"statusCode": 400, "body": json.dumps({"error": "bad formula"})}
    return {"statusCode": 200, "body": json.dumps({"price": price})}


def literal_handler(event, context):
    params = ast.literal_eval(event.get("body") or "{}")
    logger.info("params %s", sorted(params))
    return {"statusCode": 200, "body": json.dumps({"keys": sorted(params)})}
