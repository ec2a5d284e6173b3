import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export class StorageStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const key = new kms.Key(this, 'DataKey', { enableKeyRotation: true });

    new s3.Bucket(this, 'Reports', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
    });

    new s3.Bucket(this, 'Website', {
      websiteIndexDocument: 'index.html',
      // expect: cdk-bucket-public-read
      publicReadAccess: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS,
    });

    new s3.Bucket(this, 'Exports', {
      // expect: cdk-bucket-unencrypted
      encryption: s3.BucketEncryption.UNENCRYPTED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    });

    const shared = new s3.Bucket(this, 'Shared', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: false, restrictPublicBuckets: false, blockPublicAcls: true, ignorePublicAcls: true }),
    });
    // expect: cdk-bucket-grant-public
    shared.grantPublicAccess('public/*', 's3:GetObject');

    new sqs.Queue(this, 'Jobs', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
    });

    new sqs.Queue(this, 'LegacyJobs', {
      // expect: cdk-queue-unencrypted
      encryption: sqs.QueueEncryption.UNENCRYPTED,
      visibilityTimeout: cdk.Duration.minutes(5),
    });

    new sns.Topic(this, 'Alerts', { masterKey: key });

    new s3.Bucket(this, 'Logs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // expect: cdk-bucket-public-acl
      accessControl: s3.BucketAccessControl.PUBLIC_READ,
    });
  }
}
