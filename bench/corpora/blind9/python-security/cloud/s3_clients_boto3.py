# library: boto3
"""S3 / SQS client factories for the ingestion service."""
import os

import boto3


def s3_default():
    return boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


def s3_from_profile(profile):
    return boto3.Session(profile_name=profile).client("s3")


def s3_legacy():
    return boto3.client(
        "s3",
        # expect: hardcoded-secret
        aws_access_key_id="AKIA3XRILAV63FV9CYK2",
        # expect: hardcoded-secret
        aws_secret_access_key="IAYJRfza0hW/rdE2oapzzQbkrck+z1iYylswfgIt",
        region_name="eu-west-1",
    )


def sqs_batch():
    # expect: hardcoded-secret
    session = boto3.Session(aws_access_key_id="AKIA1KKPDHI6EYGSNO0F", aws_secret_access_key="IepZEufUlSoU5AZzcWQa3oBC4IPlNKnhdW2+SFi2")
    return session.client("sqs")


def s3_assumed(role_arn):
    creds = boto3.client("sts").assume_role(RoleArn=role_arn, RoleSessionName="ingest")["Credentials"]
    return boto3.client(
        "s3",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )


def s3_env():
    return boto3.client("s3", aws_access_key_id=os.environ["INGEST_KEY_ID"], aws_secret_access_key=os.environ["INGEST_SECRET"])
