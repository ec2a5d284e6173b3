"""Lambda: customer search over the DynamoDB customers table."""
import json
import logging
import os

import boto3
from boto3.dynamodb.conditions import Attr

logger = logging.getLogger()
TABLE = os.environ.get("CUSTOMERS_TABLE", "customers")
client = boto3.client("dynamodb")
table = boto3.resource("dynamodb").Table(TABLE)

ALLOWED_FIELDS = {"country", "plan", "status"}


def search_handler(event, context):
    params = event.get("queryStringParameters") or {}
    # expect: nosql-injection
    resp = client.scan(TableName=TABLE, ScanFilter=json.loads(params.get("filter", "{}")))
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}


def status_handler(event, context):
    body = json.loads(event["body"])
    scan_filter = {
        body["field"]: {"AttributeValueList": [{"S": body["value"]}], "ComparisonOperator": body.get("op", "EQ")}
    }
    # expect: nosql-injection
    resp = client.scan(TableName=TABLE, ScanFilter=scan_filter)
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}


def expression_handler(event, context):
    body = json.loads(event["body"])
    # expect: nosql-injection
    resp = client.scan(TableName=TABLE, FilterExpression=body["expression"], ExpressionAttributeValues=body["values"])
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}


def safe_search_handler(event, context):
    params = event.get("queryStringParameters") or {}
    field = params.get("field", "status")
    if field not in ALLOWED_FIELDS:
        return {"statusCode": 400, "body": json.dumps({"error": "unknown field"})}
    resp = table.scan(FilterExpression=Attr(field).eq(params.get("value", "")))
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}


def safe_client_handler(event, context):
    params = event.get("queryStringParameters") or {}
    resp = client.scan(
        TableName=TABLE,
        FilterExpression="#s = :v",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":v": {"S": params.get("status", "active")}},
    )
    logger.info("scanned %s items", resp.get("ScannedCount"))
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}
