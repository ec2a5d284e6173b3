"""Lambda behind API Gateway that evaluates pricing rules for the storefront."""
import ast
import json
import math
import operator

SAFE_NAMES = {"min": min, "max": max, "round": round, "ceil": math.ceil}
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    price = float(body.get("price", 0))
    # expect: code-injection
    adjusted = eval(body["formula"], {"__builtins__": {}}, {"price": price, **SAFE_NAMES})
    return {"statusCode": 200, "body": json.dumps({"price": adjusted})}


def hook_handler(event, context):
    script = event["detail"]["script"]
    scope = {"result": None}
    # expect: code-injection
    exec(script, scope)
    return {"result": scope["result"]}


def discount_handler(event, context):
    qs = event.get("queryStringParameters") or {}
    pct = qs.get("pct", "0")
    # expect: code-injection
    factor = eval(f"1 - {pct} / 100")
    return {"statusCode": 200, "body": json.dumps({"factor": factor})}


def literal_handler(event, context):
    tiers = ast.literal_eval(event.get("tiers", "[]"))
    return {"statusCode": 200, "body": json.dumps({"tiers": sorted(tiers)})}


def op_handler(event, context):
    body = json.loads(event["body"])
    op = OPS.get(body.get("op"))
    if op is None:
        return {"statusCode": 400, "body": "unknown op"}
    return {"statusCode": 200, "body": json.dumps({"value": op(float(body["a"]), float(body["b"]))})}
