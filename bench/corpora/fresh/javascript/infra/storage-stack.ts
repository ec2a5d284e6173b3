import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';

export class StorageStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { isDefault: false, vpcName: 'main' });

    new s3.Bucket(this, 'Uploads', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
    });

    new s3.Bucket(this, 'PublicAssets', {
      // expect: insecure-infra
      publicReadAccess: true,
      blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: false, restrictPublicBuckets: false, blockPublicAcls: false, ignorePublicAcls: false }),
      websiteIndexDocument: 'index.html',
    });

    new s3.Bucket(this, 'Exports', {
      // expect: insecure-infra
      encryption: s3.BucketEncryption.UNENCRYPTED,
      enforceSSL: true,
    });

    const sg = new ec2.SecurityGroup(this, 'DbSg', { vpc, allowAllOutbound: false });
    // expect: insecure-infra
    sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(5432), 'postgres from anywhere');
    sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(5432), 'postgres from vpc');

    const web = new ec2.SecurityGroup(this, 'WebSg', { vpc });
    web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https');
    // expect: insecure-infra
    web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh for debugging');

    new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc,
      securityGroups: [sg],
      // expect: insecure-infra
      storageEncrypted: false,
      credentials: rds.Credentials.fromGeneratedSecret('app'),
    });
  }
}
