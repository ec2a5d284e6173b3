// aws-cdk: database, queues, topics and volumes for the orders service
import { Duration, RemovalPolicy, Size, Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as efs from 'aws-cdk-lib/aws-efs';
import { Construct } from 'constructs';

export interface DataStackProps extends StackProps {
  vpc: ec2.IVpc;
}

export class DataStack extends Stack {
  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const key = new kms.Key(this, 'OrdersKey', { enableKeyRotation: true });

    new rds.DatabaseInstance(this, 'OrdersDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      credentials: rds.Credentials.fromGeneratedSecret('orders_admin'),
      storageEncrypted: true,
      storageEncryptionKey: key,
      backupRetention: Duration.days(14),
      deletionProtection: true,
    });

    new rds.DatabaseInstance(this, 'AnalyticsReplica', {
      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
      vpc: props.vpc,
      // expect: unencrypted-storage
      storageEncrypted: false,
      // expect: public-database
      publiclyAccessible: true,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const dlq = new sqs.Queue(this, 'OrdersDlq', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      retentionPeriod: Duration.days(14),
    });

    new sqs.Queue(this, 'OrderEvents', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
      visibilityTimeout: Duration.seconds(60),
    });

    // expect: unencrypted-storage
    new sqs.Queue(this, 'PaymentRequests', { encryption: sqs.QueueEncryption.UNENCRYPTED, visibilityTimeout: Duration.seconds(30) });

    new sns.Topic(this, 'OrderShipped', { masterKey: key, displayName: 'Order shipped' });
    new sns.Topic(this, 'BuildNotifications', { displayName: 'CI build status' });

    new ec2.Volume(this, 'ScratchVolume', {
      availabilityZone: props.vpc.availabilityZones[0],
      size: Size.gibibytes(200),
      encrypted: true,
    });

    new ec2.Volume(this, 'CustomerDataVolume', {
      availabilityZone: props.vpc.availabilityZones[0],
      size: Size.gibibytes(500),
      // expect: unencrypted-storage
      encrypted: false,
    });

    new efs.FileSystem(this, 'SharedFiles', {
      vpc: props.vpc,
      encrypted: true,
      lifecyclePolicy: efs.LifecyclePolicy.AFTER_30_DAYS,
    });

    new rds.DatabaseCluster(this, 'LedgerCluster', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_4 }),
      writer: rds.ClusterInstance.serverlessV2('writer'),
      vpc: props.vpc,
      // expect: unencrypted-storage
      storageEncrypted: false,
    });
  }
}
