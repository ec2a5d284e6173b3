"""Lambda: order lookups against RDS MySQL and DynamoDB."""
import base64
import json
import os
import pickle

import boto3
import pymysql
from boto3.dynamodb.conditions import Attr, Key

conn = pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"], database="orders")
table = boto3.resource("dynamodb").Table(os.environ["TABLE"])
ddb = boto3.client("dynamodb")


def by_customer(event, context):
    customer = event["queryStringParameters"]["customer"]
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, total FROM orders WHERE customer = '%s'" % customer)
        rows = cur.fetchall()
        cur.execute("SELECT id, total FROM orders WHERE customer = %s", (customer,))
        rows += cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def by_status(event, context):
    status = event["queryStringParameters"]["status"]
    resp = table.scan(FilterExpression=Attr("status").eq(status))
    items = resp["Items"]
    items += table.query(KeyConditionExpression=Key("pk").eq(f"STATUS#{status}"))["Items"]
    return {"statusCode": 200, "body": json.dumps(items, default=str)}


def raw_filter(event, context):
    body = json.loads(event["body"])
    # expect: nosql-injection
    resp = ddb.scan(TableName=os.environ["TABLE"], ScanFilter=body["filter"])
    return {"statusCode": 200, "body": json.dumps(resp["Items"])}


def restore_cart(event, context):
    blob = event["body"]
    # expect: deserialization
    cart = pickle.loads(base64.b64decode(blob))
    return {"statusCode": 200, "body": json.dumps(cart)}


def run_rule(event, context):
    rule = event["rule"]
    # expect: code-injection
    result = eval(rule, {"order": event["order"]})
    return {"ok": bool(result)}
