// aws-cdk: storage stack for the media pipeline
import { Stack, StackProps, RemovalPolicy, Duration } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as kms from 'aws-cdk-lib/aws-kms';

export class StorageStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const key = new kms.Key(this, 'MediaKey', { enableKeyRotation: true });

    const raw = new s3.Bucket(this, 'RawUploads', {
      // expect: unencrypted-storage
      encryption: s3.BucketEncryption.UNENCRYPTED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
    });

    const processed = new s3.Bucket(this, 'Processed', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const thumbs = new s3.Bucket(this, 'Thumbnails', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      // expect: insecure-transport
      enforceSSL: false,
    });
    // expect: public-bucket
    thumbs.grantPublicAccess('thumbs/*', 's3:GetObject');

    const jobs = new sqs.Queue(this, 'Jobs', {
      // expect: unencrypted-storage
      encryption: sqs.QueueEncryption.UNENCRYPTED,
      visibilityTimeout: Duration.minutes(5),
    });

    const dlq = new sqs.Queue(this, 'JobsDlq', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
    });

    const events = new sqs.Queue(this, 'Events', { encryption: sqs.QueueEncryption.SQS_MANAGED });

    void raw;
    void processed;
    void jobs;
    void dlq;
    void events;
  }
}
