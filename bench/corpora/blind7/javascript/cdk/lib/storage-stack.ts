import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';

export interface StorageStackProps extends cdk.StackProps {
  vpc: ec2.IVpc;
  stage: 'dev' | 'prod';
}

export class StorageStack extends cdk.Stack {
  public readonly uploads: s3.Bucket;
  public readonly assets: s3.Bucket;

  constructor(scope: Construct, id: string, props: StorageStackProps) {
    super(scope, id, props);

    const key = new kms.Key(this, 'DataKey', { enableKeyRotation: true });

    this.uploads = new s3.Bucket(this, 'Uploads', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: cdk.RemovalPolicy.RETAIN,
    });

    this.assets = new s3.Bucket(this, 'SharedDocuments', {
      // expect: public-bucket
      publicReadAccess: true,
      blockPublicAccess: new s3.BlockPublicAccess({
        blockPublicAcls: false,
        blockPublicPolicy: false,
        ignorePublicAcls: false,
        restrictPublicBuckets: false,
      }),
      versioned: false,
    });

    const exportsBucket = new s3.Bucket(this, 'Exports', {
      // expect: unencrypted-storage
      encryption: s3.BucketEncryption.UNENCRYPTED,
      lifecycleRules: [{ expiration: cdk.Duration.days(30) }],
    });

    exportsBucket.addToResourcePolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [exportsBucket.arnForObjects('*')],
        // expect: wildcard-principal
        principals: [new iam.AnyPrincipal()],
      }),
    );

    const logs = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
    });
    logs.grantWrite(new iam.ServicePrincipal('logging.s3.amazonaws.com'));

    const dbSg = new ec2.SecurityGroup(this, 'DbSg', { vpc: props.vpc, allowAllOutbound: false });
    dbSg.addIngressRule(ec2.Peer.ipv4(props.vpc.vpcCidrBlock), ec2.Port.tcp(5432), 'from VPC');
    // expect: open-ingress
    dbSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(5432), 'temporary: vendor access');

    new rds.DatabaseInstance(this, 'ReportingDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_15 }),
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      securityGroups: [dbSg],
      // expect: public-database
      publiclyAccessible: true,
      // expect: unencrypted-storage
      storageEncrypted: false,
      credentials: rds.Credentials.fromGeneratedSecret('reporting'),
    });

    new rds.DatabaseInstance(this, 'AppDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_15 }),
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      storageEncrypted: true,
      storageEncryptionKey: key,
      publiclyAccessible: false,
      deletionProtection: props.stage === 'prod',
    });
  }
}
