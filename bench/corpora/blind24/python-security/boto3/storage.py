"""S3 and SQS clients for the media pipeline."""
import os

import boto3
from boto3.session import Session


def s3_from_env():
    return boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


def s3_for_backups():
    return boto3.client(
        "s3",
        # expect: hardcoded-secret
        aws_access_key_id="AKIAZ3MXQ7PLEXAMPLE2",
        aws_secret_access_key=os.environ["BACKUP_SECRET"],
    )


def sqs_for_ingest():
    session = Session(
        aws_access_key_id=os.environ["INGEST_KEY_ID"],
        # expect: hardcoded-secret
        aws_secret_access_key="q8Vt3rWm9Zk2Lx7Pn4Hs6Jd1Fg5Bc0NaYeUiOpT",
        region_name="eu-west-1",
    )
    return session.client("sqs")


def dynamodb_local():
    return boto3.resource("dynamodb", endpoint_url="http://localhost:8000", region_name="local")


def assumed(role_arn: str):
    creds = boto3.client("sts").assume_role(RoleArn=role_arn, RoleSessionName="media")["Credentials"]
    return boto3.client("s3", aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"], aws_session_token=creds["SessionToken"])
