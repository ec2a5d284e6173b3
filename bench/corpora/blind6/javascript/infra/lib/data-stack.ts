import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';

export class DataStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });

    new rds.DatabaseInstance(this, 'AppDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_15 }),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      storageEncrypted: true,
      publiclyAccessible: false,
    });

    new rds.DatabaseInstance(this, 'AnalyticsDb', {
      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      // expect: cdk-rds-public
      publiclyAccessible: true,
      // expect: cdk-rds-unencrypted
      storageEncrypted: false,
    });

    new rds.DatabaseCluster(this, 'Reporting', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_2 }),
      writer: rds.ClusterInstance.provisioned('writer'),
      vpc,
      // expect: cdk-rds-unencrypted
      storageEncrypted: false,
    });

    new efs.FileSystem(this, 'Shared', {
      vpc,
      // expect: cdk-efs-unencrypted
      encrypted: false,
    });

    new efs.FileSystem(this, 'Home', { vpc, encrypted: true });

    new kinesis.Stream(this, 'Clicks', {
      // expect: cdk-kinesis-unencrypted
      encryption: kinesis.StreamEncryption.UNENCRYPTED,
    });

    new kinesis.Stream(this, 'Orders', { encryption: kinesis.StreamEncryption.MANAGED });

    new opensearch.Domain(this, 'Search', {
      version: opensearch.EngineVersion.OPENSEARCH_2_11,
      // expect: cdk-opensearch-unencrypted
      encryptionAtRest: { enabled: false },
      // expect: cdk-opensearch-unencrypted
      nodeToNodeEncryption: false,
      enforceHttps: true,
    });

    new ec2.Volume(this, 'Scratch', {
      availabilityZone: 'eu-west-1a',
      size: cdk.Size.gibibytes(100),
      // expect: cdk-ebs-unencrypted
      encrypted: false,
    });
  }
}
