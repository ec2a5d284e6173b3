"""Lambda behind the catalogue search API (legacy DynamoDB filter syntax)."""
import json
import os

import boto3
from boto3.dynamodb.conditions import Attr

ALLOWED_OPERATORS = {"EQ", "BEGINS_WITH", "CONTAINS"}
ALLOWED_FIELDS = {"category", "brand", "title"}


def _resp(status, payload):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(payload)}


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    db = boto3.resource("dynamodb")
    table = db.Table(os.environ["CATALOG_TABLE"])
    # expect: nosql-injection
    result = table.scan(ScanFilter=body["filter"], Limit=50)
    return _resp(200, {"items": result.get("Items", [])})


def by_brand_handler(event, context):
    params = event.get("queryStringParameters") or {}
    db = boto3.resource("dynamodb")
    table = db.Table(os.environ["CATALOG_TABLE"])
    brand = params.get("brand", "")
    result = table.scan(
        ScanFilter={"brand": {"AttributeValueList": [brand], "ComparisonOperator": "EQ"}},
        Limit=50,
    )
    return _resp(200, {"items": result.get("Items", [])})


def field_handler(event, context):
    params = event.get("queryStringParameters") or {}
    field = params.get("field", "title")
    op = params.get("op", "EQ").upper()
    if field not in ALLOWED_FIELDS or op not in ALLOWED_OPERATORS:
        return _resp(400, {"error": "unsupported filter"})
    client = boto3.client("dynamodb")
    result = client.scan(
        TableName=os.environ["CATALOG_TABLE"],
        ScanFilter={field: {"AttributeValueList": [{"S": params.get("value", "")}], "ComparisonOperator": op}},
    )
    return _resp(200, {"items": result.get("Items", [])})


def category_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    table = boto3.resource("dynamodb").Table(os.environ["CATALOG_TABLE"])
    result = table.scan(FilterExpression=Attr("category").eq(body.get("category", "")))
    return _resp(200, {"items": result.get("Items", [])})


def saved_search_handler(event, context):
    client = boto3.client("dynamodb")
    saved = json.loads(event["body"])["saved_filter"]
    # expect: nosql-injection
    result = client.query(TableName=os.environ["CATALOG_TABLE"], KeyConditions={"tenant": {"AttributeValueList": [{"S": event["requestContext"]["authorizer"]["tenant"]}], "ComparisonOperator": "EQ"}}, QueryFilter=saved)
    return _resp(200, {"items": result.get("Items", [])})
