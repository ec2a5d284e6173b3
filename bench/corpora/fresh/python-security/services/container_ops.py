import os

import boto3
import docker
from twilio.rest import Client as Twilio

ec2 = boto3.client("ec2")
dkr = docker.from_env()


def run_user_image(image: str, cmd: str):
    # expect: command-injection
    return dkr.containers.run(image, f"sh -c '{cmd}'", remove=True, network_disabled=True)


def run_debug_container(image: str):
    # expect: insecure-setting
    return dkr.containers.run(image, "sleep infinity", privileged=True, detach=True)


def run_job(image: str, args: list):
    return dkr.containers.run(image, args, remove=True, mem_limit="512m", read_only=True)


def open_ssh_to_world(group_id: str):
    # expect: insecure-setting
    ec2.authorize_security_group_ingress(GroupId=group_id, IpPermissions=[{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])


def open_https(group_id: str):
    ec2.authorize_security_group_ingress(GroupId=group_id, IpPermissions=[{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])


def make_bucket_public(bucket: str):
    s3 = boto3.client("s3")
    # expect: insecure-setting
    s3.put_bucket_acl(Bucket=bucket, ACL="public-read-write")


def private_bucket(bucket: str):
    s3 = boto3.client("s3")
    s3.put_bucket_acl(Bucket=bucket, ACL="private")


def sms(to: str, body: str):
    client = Twilio(os.environ["TWILIO_SID"], os.environ["TWILIO_TOKEN"])
    return client.messages.create(to=to, from_=os.environ["TWILIO_FROM"], body=body)
