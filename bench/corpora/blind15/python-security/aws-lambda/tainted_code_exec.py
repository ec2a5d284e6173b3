# library: aws lambda (eval / exec of event data)
import ast
import json

ALLOWED_OPS = {"sum": sum, "max": max, "min": min}


def lambda_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    formula = body.get("formula", "0")
    # expect: code-injection
    value = eval(formula, {"__builtins__": {}}, {"x": body.get("x", 0)})
    return {"statusCode": 200, "body": json.dumps({"value": value})}


def transform_handler(event, context):
    script = event["detail"].get("transform", "")
    scope = {"record": event["detail"].get("record", {})}
    # expect: code-injection
    exec(script, scope)
    return scope.get("record")


def literal_handler(event, context):
    values = ast.literal_eval(event.get("body") or "[]")
    return {"statusCode": 200, "body": json.dumps({"n": len(values)})}


def op_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    op = ALLOWED_OPS.get(body.get("op"), sum)
    return {"statusCode": 200, "body": json.dumps({"value": op(body.get("values", []))})}
