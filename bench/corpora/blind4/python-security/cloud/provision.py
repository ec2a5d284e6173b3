"""Provisioning helpers used by the platform CLI (boto3 + docker SDK)."""
from __future__ import annotations

import json
import logging

import boto3
import docker

log = logging.getLogger(__name__)
s3 = boto3.client("s3")
ec2 = boto3.client("ec2")


def create_asset_bucket(name: str) -> None:
    s3.create_bucket(Bucket=name)
    s3.put_public_access_block(
        Bucket=name,
        PublicAccessBlockConfiguration={
            "BlockPublicAcls": True,
            "IgnorePublicAcls": True,
            "BlockPublicPolicy": True,
            "RestrictPublicBuckets": True,
        },
    )


def upload_invoice(bucket: str, key: str, body: bytes) -> None:
    # expect: public-bucket-acl
    s3.put_object(Bucket=bucket, Key=key, Body=body, ACL="public-read")


def upload_logo(bucket: str, key: str, body: bytes) -> None:
    s3.put_object(Bucket=bucket, Key=key, Body=body, ContentType="image/png", ServerSideEncryption="AES256")


def open_bucket_policy(bucket: str) -> None:
    policy = {
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            # expect: public-bucket-policy
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{bucket}/*",
        }],
    }
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))


def allow_ssh(group_id: str) -> None:
    ec2.authorize_security_group_ingress(
        GroupId=group_id,
        IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
            # expect: security-group-open-ssh
            "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "ssh"}],
        }],
    )


def allow_https(group_id: str) -> None:
    ec2.authorize_security_group_ingress(
        GroupId=group_id,
        IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
            "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "public https"}],
        }],
    )


def run_migration_container(image: str, command: list[str]) -> str:
    client = docker.from_env()
    container = client.containers.run(image, command, detach=True, network="backend", read_only=True)
    return container.id


def run_debug_container(image: str) -> str:
    client = docker.from_env()
    # expect: docker-privileged
    container = client.containers.run(image, "sleep infinity", detach=True, privileged=True)
    return container.id


def mount_docker_socket(image: str) -> str:
    client = docker.from_env()
    container = client.containers.run(
        image,
        detach=True,
        # expect: docker-socket-mount
        volumes={"/var/run/docker.sock": {"bind": "/var/run/docker.sock", "mode": "rw"}},
    )
    return container.id


def rds_instance(name: str, password: str) -> None:
    rds = boto3.client("rds")
    rds.create_db_instance(
        DBInstanceIdentifier=name,
        Engine="postgres",
        DBInstanceClass="db.t3.medium",
        AllocatedStorage=50,
        MasterUsername="app",
        MasterUserPassword=password,
        # expect: rds-public
        PubliclyAccessible=True,
        StorageEncrypted=True,
    )
