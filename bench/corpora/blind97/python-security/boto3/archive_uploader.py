"""Nightly archive upload to S3 and queueing of the index job."""
import os

import boto3
import boto3.session
from boto3 import client as aws_client

REGION = os.environ.get("AWS_REGION", "eu-west-1")


def s3_client():
    return boto3.client(
        "s3",
        # expect: hardcoded-secret
        aws_access_key_id="AKIA4JX2QZ7LMW3RT9PB",
        aws_secret_access_key=os.environ["ARCHIVE_AWS_SECRET"],
        region_name=REGION,
    )


def sqs_client():
    # expect: hardcoded-secret
    return aws_client("sqs", region_name=REGION, aws_access_key_id=os.environ["AWS_KEY_ID"], aws_secret_access_key="u8Zq3Vd0Kx7Lp2Rw9Ty6Ns1Mb4Hc5Gf8Je0Ai3Qo")


class ArchiveSession:
    def __init__(self):
        self.session = boto3.session.Session(
            aws_access_key_id=os.environ["AWS_KEY_ID"],
            aws_secret_access_key=os.environ["AWS_SECRET"],
            # expect: hardcoded-secret
            aws_session_token="FwoGZXIvYXdzEJr3k9Lm2Qp8Xs6Vt1WxYz0AbCdEfGhIjKlMnOpQrStUvWxYz12",
            region_name=REGION,
        )

    def bucket(self, name):
        return self.session.resource("s3").Bucket(name)


def dynamo_table(name):
    # expect: hardcoded-secret
    resource = boto3.resource("dynamodb", region_name=REGION, aws_access_key_id="AKIAZ7Q3N8WD2LKX5RTM", aws_secret_access_key=os.environ["DDB_SECRET"])
    return resource.Table(name)


def assumed_client(role_arn):
    sts = boto3.client("sts", region_name=REGION)
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="archive")["Credentials"]
    return boto3.client(
        "s3",
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )


def profile_client():
    return boto3.session.Session(profile_name="archive").client("s3")
