"""Lambda: exports a tenant's data set to S3 and returns a download link."""

import json
import logging
import os

import boto3

log = logging.getLogger()
log.setLevel(logging.INFO)
s3 = boto3.client("s3")
BUCKET = os.environ["EXPORT_BUCKET"]


def handler(event, context):
    tenant = event["pathParameters"]["tenant"]
    key = f"exports/{tenant}/{context.aws_request_id}.json"
    body = json.dumps(event.get("body") or {}).encode()
    s3.put_object(Bucket=BUCKET, Key=key, Body=body, ServerSideEncryption="aws:kms")
    url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=900)
    return {"statusCode": 200, "body": json.dumps({"url": url})}


def publish_public_copy(key: str) -> str:
    # expect: insecure-setting
    s3.put_object_acl(Bucket=BUCKET, Key=key, ACL="public-read")
    return f"https://{BUCKET}.s3.amazonaws.com/{key}"


def create_scratch_bucket(name: str) -> None:
    # expect: insecure-setting
    s3.create_bucket(Bucket=name, ACL="public-read-write",
                     CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})


def create_private_bucket(name: str) -> None:
    s3.create_bucket(Bucket=name, ACL="private", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True,
        "BlockPublicPolicy": True, "RestrictPublicBuckets": True})


def open_ssh(group_id: str) -> None:
    ec2 = boto3.client("ec2")
    ec2.authorize_security_group_ingress(
        GroupId=group_id,
        IpPermissions=[{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
                        # expect: insecure-setting
                        "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
