import { Stack, StackProps, RemovalPolicy, Duration } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export class StorageStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const key = new kms.Key(this, 'DataKey', { enableKeyRotation: true });

    new s3.Bucket(this, 'Uploads', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    new s3.Bucket(this, 'MarketingAssets', {
      // expect: public-bucket
      publicReadAccess: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS,
      websiteIndexDocument: 'index.html',
    });

    new s3.Bucket(this, 'Exports', {
      // expect: unencrypted-storage
      encryption: s3.BucketEncryption.UNENCRYPTED,
      lifecycleRules: [{ expiration: Duration.days(30) }],
    });

    const logs = new s3.Bucket(this, 'AccessLogs', { encryption: s3.BucketEncryption.S3_MANAGED, enforceSSL: true });
    // expect: public-bucket
    logs.grantPublicAccess('public/*', 's3:GetObject');
  }
}
