"""Lambda behind API Gateway: catalogue search over DynamoDB."""
import json

import boto3
from boto3.dynamodb.conditions import Attr, Key

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table("catalogue")
client = boto3.client("dynamodb")


def handler(event, context):
    body = json.loads(event["body"] or "{}")
    # expect: nosql-injection
    result = table.scan(ScanFilter=body["filter"], Limit=50)
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def by_category(event, context):
    params = event.get("queryStringParameters") or {}
    key_cond = {"category": {"AttributeValueList": [params.get("category", "")], "ComparisonOperator": "EQ"}}
    filters = json.loads(params.get("filters", "{}"))
    # expect: nosql-injection
    result = table.query(
        KeyConditions=key_cond,
        QueryFilter=filters,
    )
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def low_level(event, context):
    # expect: nosql-injection
    result = client.scan(TableName="catalogue", ScanFilter=event["scanFilter"])
    return result["Items"]


def by_price(event, context):
    params = event.get("queryStringParameters") or {}
    max_price = params.get("max", "100")
    scan_filter = {"price": {"AttributeValueList": [{"N": max_price}], "ComparisonOperator": "LE"}}
    result = client.scan(TableName="catalogue", ScanFilter=scan_filter)
    return result["Items"]


def by_brand(event, context):
    brand = (event.get("queryStringParameters") or {}).get("brand", "")
    result = table.scan(FilterExpression=Attr("brand").eq(brand))
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def by_sku(event, context):
    sku = event["pathParameters"]["sku"]
    result = table.query(KeyConditionExpression=Key("sku").eq(sku))
    return result["Items"]
