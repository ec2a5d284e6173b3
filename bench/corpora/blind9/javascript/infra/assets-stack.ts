// library: aws-cdk-lib (aws-s3) in TypeScript
import { RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class AssetsStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    new s3.Bucket(this, 'Uploads', {
      encryption: s3.BucketEncryption.KMS_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
    });

    new s3.Bucket(this, 'Website', {
      websiteIndexDocument: 'index.html',
      // expect: public-resource
      publicReadAccess: true,
      blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: false, restrictPublicBuckets: false }),
    });

    new s3.Bucket(this, 'Exports', {
      // expect: unencrypted-resource
      encryption: s3.BucketEncryption.UNENCRYPTED,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const logs = new s3.Bucket(this, 'AccessLogs', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    });

    const shared = new s3.Bucket(this, 'Shared', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: logs,
    });
    // expect: public-resource
    shared.grantPublicAccess('public/*');
    shared.grantRead(new iam.AccountRootPrincipal());
  }
}
