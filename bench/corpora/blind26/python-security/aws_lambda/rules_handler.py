"""Lambda that evaluates pricing rules sent by the admin UI."""
import json


def handler(event, context):
    body = json.loads(event["body"])
    rule = body["rule"]
    # expect: code-injection
    result = eval(rule, {"__builtins__": {}}, {"amount": body.get("amount", 0)})
    return {"statusCode": 200, "body": json.dumps({"result": result})}


def hook_handler(event, context):
    script = event["queryStringParameters"]["hook"]
    # expect: code-injection
    exec(script)
    return {"statusCode": 204}


def health(event, context):
    exec("import sys")
    return {"statusCode": 200, "body": json.dumps({"ok": True})}
