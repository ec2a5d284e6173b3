"""Uploads to S3 and SQS notifications (boto3)."""
import os

import boto3
from botocore.config import Config

BUCKET = "media-uploads-prod"

s3 = boto3.client("s3", config=Config(retries={"max_attempts": 5}))

legacy_s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    # expect: boto-hardcoded-access-key
    aws_access_key_id="AKIAQX4RZ7P2NW6YBT3M",
    # expect: boto-hardcoded-secret-key
    aws_secret_access_key="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",
)


def partner_session():
    return boto3.session.Session(
        aws_access_key_id=os.environ["PARTNER_AWS_KEY_ID"],
        aws_secret_access_key=os.environ["PARTNER_AWS_SECRET"],
        region_name="us-east-1",
    )


def temp_session():
    return boto3.Session(
        # expect: boto-hardcoded-access-key
        aws_access_key_id="ASIAZ3K7QW9RT2PLM6XB",
        # expect: boto-hardcoded-secret-key
        aws_secret_access_key="Hq3Z8xW1cV5bN7mK2jL9pR4tY6uI0oE3aS5dF8gH",
        # expect: boto-hardcoded-session-token
        aws_session_token="IQoJb3JpZ2luX2VjEHkaCXVzLWVhc3QtMSJHMEUCIQDx7Kp2Rw9vT4mN8bQ3sL6yC1fA5hJ0gZ2eU9iO7wX3kVtY",
    )


def profile_session():
    return boto3.Session(profile_name="uploads", region_name="eu-west-1")


def upload(path, key):
    s3.upload_file(path, BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})


def notify(queue_url, body):
    sqs = boto3.client("sqs", region_name="eu-west-1")
    sqs.send_message(QueueUrl=queue_url, MessageBody=body)
