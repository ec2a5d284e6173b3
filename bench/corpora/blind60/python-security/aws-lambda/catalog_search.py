"""Lambda behind API Gateway: catalogue search on DynamoDB."""
import json

import boto3
from boto3.dynamodb.conditions import Attr, Key

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table("catalog")
client = boto3.client("dynamodb")


def _scan(flt):
    # expect: nosql-injection
    return table.scan(ScanFilter=flt)["Items"]


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    # expect: nosql-injection
    items = table.scan(ScanFilter=body["filter"], Limit=100)["Items"]
    return {"statusCode": 200, "body": json.dumps(items, default=str)}


def by_category_handler(event, context):
    params = event["queryStringParameters"]
    result = table.query(
        KeyConditions={"category": {"AttributeValueList": [params["category"]], "ComparisonOperator": "EQ"}},
        # expect: nosql-injection
        QueryFilter=json.loads(params.get("where", "{}")),
    )
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def low_level_handler(event, context):
    filters = event.get("scanFilter")
    # expect: nosql-injection
    resp = client.scan(TableName="catalog", ScanFilter=filters)
    return {"statusCode": 200, "body": json.dumps(resp["Items"])}


def helper_handler(event, context):
    criteria = json.loads(event["body"])["criteria"]
    return {"statusCode": 200, "body": json.dumps(_scan(criteria), default=str)}


def status_handler(event, context):
    status = event["queryStringParameters"]["status"]
    items = table.scan(
        ScanFilter={"status": {"AttributeValueList": [status], "ComparisonOperator": "EQ"}},
    )["Items"]
    return {"statusCode": 200, "body": json.dumps(items, default=str)}


def expression_handler(event, context):
    params = event["queryStringParameters"]
    resp = table.query(
        KeyConditionExpression=Key("category").eq(params["category"]),
        FilterExpression=Attr("price").lte(int(params.get("max_price", "100"))),
    )
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}
