import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export class StorageStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });

    new s3.Bucket(this, 'Uploads', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
    });

    new s3.Bucket(this, 'Exports', {
      // expect: cdk-public-bucket
      publicReadAccess: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS,
    });

    new s3.Bucket(this, 'Logs', {
      // expect: cdk-unencrypted-bucket
      encryption: s3.BucketEncryption.UNENCRYPTED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    });

    const dbSg = new ec2.SecurityGroup(this, 'DbSg', { vpc, allowAllOutbound: false });
    // expect: cdk-open-security-group
    dbSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(5432), 'postgres');

    const webSg = new ec2.SecurityGroup(this, 'WebSg', { vpc });
    webSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'public https');

    const bastionSg = new ec2.SecurityGroup(this, 'BastionSg', { vpc });
    // expect: cdk-open-security-group
    bastionSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh');

    new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc,
      securityGroups: [dbSg],
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      // expect: cdk-public-database
      publiclyAccessible: true,
      // expect: cdk-unencrypted-database
      storageEncrypted: false,
    });

    new sqs.Queue(this, 'Jobs', {
      encryption: sqs.QueueEncryption.KMS_MANAGED,
      visibilityTimeout: cdk.Duration.minutes(5),
    });
  }
}
