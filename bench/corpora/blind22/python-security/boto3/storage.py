"""S3 and SQS access for the ingestion worker."""
import os

import boto3
from boto3.session import Session


def s3_client():
    return boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


def legacy_s3_client():
    # expect: hardcoded-secret
    key_id, secret = "AKIAQ7M2X4R6T8V0W2Y4", "u8Vq3nZr1Kx7Lp0Wm5Ts9Yb2Hd6Jf4Gc8Ne1Qa3R"
    return boto3.client("s3", aws_access_key_id=key_id, aws_secret_access_key=secret)


def sqs_for(role_creds):
    return boto3.client(
        "sqs",
        aws_access_key_id=role_creds["AccessKeyId"],
        aws_secret_access_key=role_creds["SecretAccessKey"],
        aws_session_token=role_creds["SessionToken"],
    )


def pinned_session():
    # expect: hardcoded-secret
    return Session(aws_access_key_id="AKIAZ3P5R7T9V1X3Z5B7", aws_secret_access_key="Qw7Er9Ty1Ui3Op5As7Df9Gh1Jk3Lz5Xc7Vb9Nm1P", region_name="us-east-1")


def localstack():
    return boto3.client("s3", endpoint_url="http://localhost:4566", aws_access_key_id="test", aws_secret_access_key="test")


def temp_token_client():
    return boto3.client(
        "dynamodb",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
        # expect: hardcoded-secret
        aws_session_token="IQoJb3JpZ2luX2VjEHYaCXVzLWVhc3QtMSJHMEUCIQDx4mTq9rZ2vB7kLp3NcW8sY1uH5jF0eA6gD2iK9oR3tQIgZ5xV8bN1mC4qW7eR0tY3uI6oP9aS2dF5gH8jK1lZ4",
    )
