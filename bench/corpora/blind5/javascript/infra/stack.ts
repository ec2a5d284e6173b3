import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class ReportingStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });

    new s3.Bucket(this, 'Exports', {
      // expect: public-bucket
      publicReadAccess: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS,
    });

    new s3.Bucket(this, 'Raw', {
      // expect: unencrypted-storage
      encryption: s3.BucketEncryption.UNENCRYPTED,
    });

    new s3.Bucket(this, 'Archive', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
    });

    const dbSg = new ec2.SecurityGroup(this, 'DbSg', { vpc });
    // expect: open-security-group
    dbSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(5432), 'postgres');
    dbSg.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(5432), 'postgres from vpc');

    const webSg = new ec2.SecurityGroup(this, 'WebSg', { vpc });
    webSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https');
    // expect: open-security-group
    webSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(3389), 'rdp');

    new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      // expect: public-database
      publiclyAccessible: true,
      storageEncrypted: true,
      securityGroups: [dbSg],
    });
  }
}
