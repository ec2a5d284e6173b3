# library: AWS Lambda + boto3 DynamoDB
"""Lambda handlers that search the products table."""
import json

import boto3
from boto3.dynamodb.conditions import Attr, Key

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table("products")
client = boto3.client("dynamodb")


def search(event, context):
    body = json.loads(event["body"])
    # expect: nosql-injection
    resp = client.scan(TableName="products", ScanFilter=body["filter"])
    return {"statusCode": 200, "body": json.dumps(resp["Items"])}


def search_expression(event, context):
    params = event["queryStringParameters"]
    # expect: nosql-injection
    resp = table.scan(FilterExpression=params["expr"], ExpressionAttributeValues={":v": params["value"]})
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}


def by_category(event, context):
    category = event["queryStringParameters"]["category"]
    resp = table.scan(FilterExpression=Attr("category").eq(category))
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}


def by_brand(event, context):
    brand = event["pathParameters"]["brand"]
    resp = table.query(KeyConditionExpression=Key("brand").eq(brand))
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}


def in_stock(event, context):
    resp = table.scan(FilterExpression="stock > :zero", ExpressionAttributeValues={":zero": 0})
    return {"statusCode": 200, "body": json.dumps(resp["Items"], default=str)}
