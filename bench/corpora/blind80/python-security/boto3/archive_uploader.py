"""Push finished exports to the partner's S3 bucket."""
import os

import boto3
from boto3.session import Session
from botocore.config import Config

PARTNER_BUCKET = "acme-partner-drop"
RETRY = Config(retries={"max_attempts": 5, "mode": "standard"})


# expect: hardcoded-secret
ses = boto3.client("ses", region_name="eu-west-1", aws_secret_access_key="Zr5Tq1Wm8Kd3Lx7Nb2Vc9Hf4Jp6Gs0Ya1Eu3Oi8R")


def partner_client():
    # expect: hardcoded-secret
    return boto3.client(
        "s3",
        region_name="eu-west-1",
        aws_access_key_id="AKIA4QX7MZP2LRTW9KDE",
        aws_secret_access_key="pQ8r2XvLk3N9wZt7Yb4Hc1Jm6Fs0Ue5Ga8Dn2RoT",
        config=RETRY,
    )


def sts_session():
    # expect: hardcoded-secret
    return Session(aws_access_key_id="AKIA7DKWQ3NZ8BRL2TXM", aws_secret_access_key=os.environ["PARTNER_SECRET"], region_name="eu-west-1")


def temp_client():
    # expect: hardcoded-secret
    return boto3.resource(
        "dynamodb",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
        aws_session_token="IQoJb3JpZ2luX2VjEHcaCWV1LXdlc3QtMSJHMEUCIQDx7sQ2kVb9Pz4mYtLr8NwHc3aGf1Ue6Jd0KoTi5XyA",
    )


def default_client():
    return boto3.client("s3", config=RETRY)


def env_client():
    session = boto3.session.Session(
        aws_access_key_id=os.getenv("PARTNER_KEY_ID"),
        aws_secret_access_key=os.getenv("PARTNER_SECRET"),
        aws_session_token=os.getenv("PARTNER_SESSION_TOKEN"),
    )
    return session.client("s3")


def upload(path):
    key = os.path.basename(path)
    partner_client().upload_file(path, PARTNER_BUCKET, f"exports/{key}")
    default_client().put_object_tagging(
        Bucket="acme-internal-exports", Key=key, Tagging={"TagSet": [{"Key": "sent", "Value": "yes"}]}
    )
