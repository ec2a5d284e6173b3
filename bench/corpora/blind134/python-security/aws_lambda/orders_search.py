"""Lambda behind API Gateway: searches the orders table."""
import json

import boto3
from boto3.dynamodb.conditions import Attr

dynamodb = boto3.resource("dynamodb")


def lambda_handler(event, context):
    db = boto3.resource("dynamodb")
    table = db.Table("orders")
    body = json.loads(event["body"])
    # expect: nosql-injection
    result = table.scan(ScanFilter=body["filter"])
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def by_customer(event, context):
    db = boto3.resource("dynamodb")
    table = db.Table("orders")
    # expect: nosql-injection
    result = table.query(KeyConditionExpression="customer_id = :c", ExpressionAttributeValues={":c": event["pathParameters"]["id"]}, QueryFilter=event["queryStringParameters"])
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def legacy_scan(event, context):
    client = boto3.client("dynamodb")
    conditions = event.get("conditions")
    # expect: nosql-injection
    result = client.scan(TableName="orders", ScanFilter=conditions)
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def by_status(event, context):
    db = boto3.resource("dynamodb")
    table = db.Table("orders")
    status = event["queryStringParameters"]["status"]
    result = table.scan(ScanFilter={"status": {"AttributeValueList": [status], "ComparisonOperator": "EQ"}})
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def by_region(event, context):
    table = dynamodb.Table("orders")
    result = table.scan(FilterExpression=Attr("region").eq(event["queryStringParameters"]["region"]))
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}
