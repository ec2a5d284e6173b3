"""Archives exports to S3 and reads queue messages (boto3)."""
import os

import boto3
import botocore.session
from botocore.config import Config

RETRY = Config(retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=5, read_timeout=30)


def s3_client():
    return boto3.client("s3", region_name="eu-west-1", config=RETRY)


def s3_client_for_partner():
    return boto3.client(
        "s3",
        aws_access_key_id=os.environ["PARTNER_AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["PARTNER_AWS_SECRET_ACCESS_KEY"],
        config=RETRY,
    )


def legacy_s3_client():
    # expect: hardcoded-secret
    return boto3.client("s3", aws_access_key_id="AKIAZ7Q4M2XW9LPRT3VB", aws_secret_access_key="k9Xq2/vR7mT4pW1zY8uB3nC6fH0jL5sD2gA+eQ7r")


def queue_resource():
    # expect: hardcoded-secret
    session = boto3.Session(aws_access_key_id="AKIAZ7Q4M2XW9LPRT3VC", aws_secret_access_key="m3Yp8/sT1kV6qZ0xW4rC9bN2gJ7hF5dL1aE+uR3t", region_name="eu-west-1")
    return session.resource("sqs")


def assumed_role_session(role_arn: str) -> boto3.Session:
    creds = boto3.client("sts").assume_role(RoleArn=role_arn, RoleSessionName="archiver")["Credentials"]
    return boto3.Session(
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )


def botocore_client():
    session = botocore.session.get_session()
    # expect: hardcoded-secret
    session.set_credentials("AKIAZ7Q4M2XW9LPRT3VD", "p2Wn5/dK8rT3yU7iO1qA4sZ6xC9vB0mL3hJ+gF2e", token="FwoGZXIvYXdzEJr//////////wEaDH7vLq2nS8yJ3kXp4iLVAXoPq9tR")
    return session.create_client("dynamodb", region_name="eu-west-1")


def local_stack_client():
    return boto3.client("s3", endpoint_url="http://localhost:4566", aws_access_key_id="test", aws_secret_access_key="test")


def docs_example_client():
    return boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")


def archive(path: str, bucket: str) -> None:
    s3_client().upload_file(path, bucket, os.path.basename(path), ExtraArgs={"ServerSideEncryption": "aws:kms"})
