"""Lambda that evaluates pricing rules sent by the merchant dashboard."""
import ast
import json
import logging
import operator

logger = logging.getLogger()

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def quote_handler(event, context):
    body = json.loads(event["body"])
    price = float(body["price"])
    # expect: code-injection
    adjusted = eval(body["formula"], {"price": price})
    return {"statusCode": 200, "body": json.dumps({"price": adjusted})}


def rule_handler(event, context):
    source = event["queryStringParameters"]["rule"]
    scope = {}
    # expect: code-injection
    exec(source, {"__builtins__": {}}, scope)
    return {"statusCode": 200, "body": json.dumps(sorted(scope))}


def discount_handler(event, context):
    detail = event["detail"]
    left, op, right = detail["left"], detail["op"], detail["right"]
    # expect: code-injection
    value = eval(f"{left} {op} {right}")
    return {"value": value}


def _apply_hook(code, order):
    namespace = {"order": order}
    # expect: code-injection
    exec(compile(code, "<hook>", "exec"), namespace)
    return namespace["order"]


def hook_handler(event, context):
    order = json.loads(event["body"])
    return _apply_hook(event["headers"]["x-order-hook"], order)


def safe_quote_handler(event, context):
    body = json.loads(event["body"])
    weights = ast.literal_eval(body["weights"])
    total = OPS[body["op"]](float(body["a"]), float(body["b"]))
    logger.info("weights=%s", weights)
    return {"statusCode": 200, "body": json.dumps({"total": total})}


def version_handler(event, context):
    build = eval("1 + 41")
    return {"build": build}
