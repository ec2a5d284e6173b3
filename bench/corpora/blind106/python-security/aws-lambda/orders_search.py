"""Order search Lambda behind API Gateway."""
import json
import os

import boto3
from boto3.dynamodb.conditions import Attr, Key

dynamodb = boto3.resource("dynamodb")
orders = dynamodb.Table(os.environ.get("ORDERS_TABLE", "orders"))


def handler(event, context):
    criteria = json.loads(event["body"])
    # expect: nosql-injection
    result = orders.scan(ScanFilter=criteria["filter"])
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def by_customer(event, context):
    customer = event["pathParameters"]["customer"]
    filters = event.get("queryStringParameters", {}).get("filters")
    # expect: nosql-injection
    result = orders.query(KeyConditionExpression=Key("customer").eq(customer), QueryFilter=json.loads(filters))
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def legacy_scan(event, context):
    client = boto3.client("dynamodb")
    scan_filter = event["scanFilter"]
    # expect: nosql-injection
    page = client.scan(TableName="orders-legacy", ScanFilter=scan_filter)
    return page["Items"]


def by_status(event, context):
    status = event["queryStringParameters"]["status"]
    result = orders.scan(ScanFilter={"status": {"AttributeValueList": [status], "ComparisonOperator": "EQ"}})
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def by_total(event, context):
    minimum = int(event["queryStringParameters"]["min"])
    result = orders.scan(FilterExpression=Attr("total").gte(minimum))
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}
