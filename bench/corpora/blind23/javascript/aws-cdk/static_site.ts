// aws-cdk: static site and logs buckets (aliased v2 imports, props built in variables)
import { App, Stack, StackProps, aws_s3 as s3, aws_sqs as sqs, aws_iam as iam, RemovalPolicy } from 'aws-cdk-lib';

const baseBucketProps: s3.BucketProps = {
  versioned: true,
  removalPolicy: RemovalPolicy.RETAIN,
};

export class StaticSiteStack extends Stack {
  constructor(scope: App, id: string, props?: StackProps) {
    super(scope, id, props);

    const site = new s3.Bucket(this, 'Site', {
      ...baseBucketProps,
      websiteIndexDocument: 'index.html',
      // expect: public-bucket
      publicReadAccess: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
      encryption: s3.BucketEncryption.S3_MANAGED,
    });

    const logs = new s3.Bucket(this, 'Logs', {
      ...baseBucketProps,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    });

    const legacy = new s3.CfnBucket(this, 'LegacyAssets', { bucketName: 'legacy-assets-example' });
    const legacyEncrypted = new s3.CfnBucket(this, 'LegacyEncrypted', {
      bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' } }] },
    });

    const queueProps = { retentionPeriod: undefined, encryption: sqs.QueueEncryption.UNENCRYPTED };
    // expect: unencrypted-storage
    const notify = new sqs.Queue(this, 'Notify', queueProps);

    // expect: unencrypted-storage
    const legacyQueue = new sqs.CfnQueue(this, 'LegacyQueue', { queueName: 'legacy-notify', sqsManagedSseEnabled: false });

    // expect: public-bucket
    logs.grantPublicAccess();
    site.grantRead(new iam.AccountRootPrincipal());

    void legacy;
    void legacyEncrypted;
    void notify;
    void legacyQueue;
  }
}
