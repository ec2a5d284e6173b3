"""S3 and DynamoDB clients for the reporting job."""
import os

import boto3
from boto3.session import Session

# expect: hardcoded-secret
s3 = boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", region_name="eu-west-1",
                  aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"])


def dynamo():
    return boto3.resource(
        "dynamodb",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        # expect: hardcoded-secret
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    )


class ReportSession:
    def __init__(self):
        self.session = Session(
            aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
            # expect: hardcoded-secret
            aws_session_token="FwoGZXIvYXdzEBYaDHVzZXJzZXNzaW9udG9rZW4iLCJleGFtcGxlIjp0cnVlfQ",
        )


def sqs():
    # expect: hardcoded-secret
    return boto3.client("sqs", aws_access_key_id="AKIAJEXAMPLEQUEUEKEY", aws_secret_access_key="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")


def from_env():
    return boto3.client(
        "s3",
        aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID"),
        aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY"),
    )


def from_profile():
    return Session(profile_name="reporting").client("s3")
