"""Lambda handlers behind the catalog search API."""
import json

import boto3
from boto3.dynamodb.conditions import Attr, Key

dynamodb = boto3.resource("dynamodb")
products = dynamodb.Table("products")
orders = dynamodb.Table("orders")
client = boto3.client("dynamodb")


def search_handler(event, context):
    # expect: nosql-injection
    result = products.scan(ScanFilter=event["filter"])
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def orders_handler(event, context):
    params = event.get("queryStringParameters") or {}
    extra = json.loads(params.get("where", "{}"))
    result = orders.query(
        KeyConditions={"customer_id": {"AttributeValueList": [params["customer"]], "ComparisonOperator": "EQ"}},
        # expect: nosql-injection
        QueryFilter=extra,
    )
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def raw_scan_handler(event, context):
    body = json.loads(event["body"])
    conditions = body["conditions"]
    # expect: nosql-injection
    page = client.scan(TableName="products", ScanFilter=conditions, Limit=50)
    return {"statusCode": 200, "body": json.dumps(page["Items"])}


def category_handler(event, context):
    category = event["pathParameters"]["category"]
    result = products.scan(
        ScanFilter={"category": {"AttributeValueList": [category], "ComparisonOperator": "EQ"}}
    )
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def price_handler(event, context):
    ceiling = int(event["queryStringParameters"]["max"])
    result = products.scan(FilterExpression=Attr("price").lte(ceiling))
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}


def recent_orders_handler(event, context):
    customer = event["pathParameters"]["customer"]
    result = orders.query(KeyConditionExpression=Key("customer_id").eq(customer), Limit=20)
    return {"statusCode": 200, "body": json.dumps(result["Items"], default=str)}
