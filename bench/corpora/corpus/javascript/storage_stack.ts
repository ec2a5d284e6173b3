import { Stack, StackProps, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export class StorageStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    new s3.Bucket(this, 'Exports', {
      // expect: insecure-config
      publicReadAccess: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    new s3.Bucket(this, 'Logs', {
      // expect: insecure-config
      encryption: s3.BucketEncryption.UNENCRYPTED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    });

    new s3.Bucket(this, 'Private', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      publicReadAccess: false,
      enforceSSL: true,
    });

    const vpc = new ec2.Vpc(this, 'Vpc');
    const sg = new ec2.SecurityGroup(this, 'Bastion', { vpc });
    // expect: insecure-config
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh from anywhere');
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https');
    sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(22), 'ssh from the vpc');
  }
}
