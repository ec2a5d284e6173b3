"""Uploads nightly database dumps to S3 and Glacier."""
import os

import boto3

BUCKET = "db-dumps-prod"


def s3_client():
    # expect: hardcoded-credentials
    return boto3.client("s3", aws_access_key_id="AKIA3R45BWPVOVGNWB2B", aws_secret_access_key="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", region_name="eu-west-1")


def glacier_session():
    # expect: hardcoded-credentials
    return boto3.session.Session(aws_access_key_id="AKIAIV4OJTCWCD2U65FH", aws_secret_access_key="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")


def sts_client(access_key, secret_key):
    # expect: hardcoded-credentials
    return boto3.client("sts", aws_access_key_id=access_key, aws_secret_access_key=secret_key, aws_session_token="IQoJb3JpZ2luX2VjEJ5m4xawjbbPZ4vaHFd9dijhQ5ltw78SoqCBXs9v0BMtHRVJLYYJlY1BiCmG96m/wxpFdrrU7KStYoYlP/aFx+QkWrO8Zi++O4DG83tu8HtdyBVuQ5tOfIaef9")


def s3_client_env():
    return boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"], region_name="eu-west-1")


def s3_client_profile():
    return boto3.session.Session(profile_name="backups").client("s3")


def moto_test_client():
    return boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", region_name="us-east-1", endpoint_url="http://localhost:5000")


def upload_dump(path):
    s3_client_env().upload_file(path, BUCKET, os.path.basename(path))
