"""Lambda handlers of the pricing-rules service."""
import ast
import json
import operator

SAFE_OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def handler(event, context):
    body = json.loads(event["body"])
    # expect: code-injection
    price = eval(body["formula"], {"__builtins__": {}}, {"base": body["base"]})
    return {"statusCode": 200, "body": json.dumps({"price": price})}


def apply_discount(event, context):
    rule = event["queryStringParameters"]["rule"]
    source = "def discount(p):\n    return " + rule
    scope = {}
    # expect: code-injection
    exec(source, scope)
    return {"statusCode": 200, "body": str(scope["discount"](100))}


def batch(event, context):
    # expect: code-injection
    results = [eval(rec["body"]) for rec in event["Records"]]
    return {"statusCode": 200, "body": json.dumps(results)}


def hook(event, context):
    script = event.get("detail", {}).get("script", "")
    # expect: code-injection
    exec(compile(script, "<hook>", "exec"), {"event": event})


def handler_safe(event, context):
    body = json.loads(event["body"])
    op = SAFE_OPS[body["op"]]
    return {"statusCode": 200, "body": json.dumps({"price": op(float(body["a"]), float(body["b"]))})}


def parse_literal(event, context):
    values = ast.literal_eval(event["body"])
    return {"statusCode": 200, "body": json.dumps(sorted(values))}
