import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Bucket, BucketAccessControl, BucketEncryption, BlockPublicAccess } from 'aws-cdk-lib/aws-s3';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export class StorageStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    new s3.Bucket(this, 'Assets', {
      // expect: insecure-infra
      publicReadAccess: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ACLS,
    });

    new Bucket(this, 'Logs', {
      // expect: insecure-infra
      encryption: BucketEncryption.UNENCRYPTED,
      enforceSSL: true,
    });

    new Bucket(this, 'Exports', {
      // expect: insecure-infra
      accessControl: BucketAccessControl.PUBLIC_READ_WRITE,
    });

    new Bucket(this, 'Private', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
    });

    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });
    const sg = new ec2.SecurityGroup(this, 'Db', { vpc, allowAllOutbound: false });
    // expect: insecure-infra
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(5432), 'postgres');
    // expect: insecure-infra
    sg.addIngressRule(ec2.Peer.ipv4('0.0.0.0/0'), ec2.Port.tcp(22));
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https');
    sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(5432));
  }
}
