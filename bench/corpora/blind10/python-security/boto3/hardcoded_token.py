# library: boto3 (client / Session credentials)
"""S3 and SQS clients for the export worker."""
import os

import boto3


def s3_client():
    return boto3.client(
        "s3",
        region_name="eu-west-1",
        # expect: hardcoded-secret
        aws_access_key_id="AKIAQ7LMXW3RTB5ZK2HD",
        # expect: hardcoded-secret
        aws_secret_access_key="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",
    )


def s3_client_env():
    return boto3.client("s3", region_name="eu-west-1")


def sqs_session():
    # expect: hardcoded-secret
    session = boto3.Session(aws_access_key_id=os.environ["EXPORT_KEY_ID"], aws_secret_access_key="Vt4kP0xQz8LmN2cR6yB1hJ5sW9eA3gU7oD0fI4tE")
    return session.client("sqs")


def sqs_session_profile():
    return boto3.Session(profile_name="export-worker").client("sqs")


def sts_client(token):
    return boto3.client("sts", aws_session_token=token, aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"])
