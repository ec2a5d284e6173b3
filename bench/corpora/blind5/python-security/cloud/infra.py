"""Provisioning helpers for the reporting stack (boto3, docker, paramiko)."""
import json

import boto3
import docker
import paramiko

s3 = boto3.client("s3")
ec2 = boto3.client("ec2", region_name="eu-west-1")
rds = boto3.client("rds")
client = docker.from_env()


def publish_report(bucket, key, body):
    # expect: public-bucket
    s3.put_object(Bucket=bucket, Key=key, Body=body, ACL="public-read")


def store_report(bucket, key, body):
    s3.put_object(Bucket=bucket, Key=key, Body=body, ServerSideEncryption="aws:kms")


def open_bucket(bucket):
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                # expect: public-bucket
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/*",
            }
        ],
    }
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))


def allow_ssh(group_id):
    ec2.authorize_security_group_ingress(
        GroupId=group_id,
        IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
            # expect: open-security-group
            "IpRanges": [{"CidrIp": "0.0.0.0/0"}],
        }],
    )


def allow_https(group_id):
    ec2.authorize_security_group_ingress(
        GroupId=group_id,
        IpPermissions=[{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
    )


def reporting_db(password):
    return rds.create_db_instance(
        DBInstanceIdentifier="reporting",
        Engine="postgres",
        DBInstanceClass="db.t4g.medium",
        MasterUsername="reporting",
        MasterUserPassword=password,
        AllocatedStorage=50,
        # expect: public-database
        PubliclyAccessible=True,
        StorageEncrypted=True,
    )


def run_exporter(image):
    # expect: privileged-container
    return client.containers.run(image, detach=True, privileged=True)


def run_watcher(image):
    return client.containers.run(
        image,
        detach=True,
        # expect: docker-socket-mount
        volumes={"/var/run/docker.sock": {"bind": "/var/run/docker.sock", "mode": "rw"}},
    )


def run_worker(image):
    return client.containers.run(image, detach=True, read_only=True, cap_drop=["ALL"], user="1000:1000")


def ssh(host):
    c = paramiko.SSHClient()
    # expect: ssh-host-key-unchecked
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    return c


def ssh_strict(host):
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.set_missing_host_key_policy(paramiko.RejectPolicy())
    c.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    return c
