// aws-cdk: buckets for an app's uploads, exports, logs and a static site
import { Duration, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export class StorageStack extends Stack {
  public readonly uploads: s3.Bucket;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const key = new kms.Key(this, 'DataKey', { enableKeyRotation: true });

    this.uploads = new s3.Bucket(this, 'Uploads', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const exports = new s3.Bucket(this, 'CustomerExports', {
      // expect: public-bucket
      publicReadAccess: true,
      blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: false, restrictPublicBuckets: false, blockPublicAcls: true, ignorePublicAcls: true }),
      lifecycleRules: [{ expiration: Duration.days(7) }],
    });

    const invoices = new s3.Bucket(this, 'Invoices', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
    });
    // expect: public-bucket
    invoices.grantPublicAccess('pdf/*', 's3:GetObject');

    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });

    const backups = new s3.Bucket(this, 'Backups', {
      // expect: unencrypted-storage
      encryption: s3.BucketEncryption.UNENCRYPTED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      serverAccessLogsBucket: accessLogs,
    });

    const reader = new iam.Role(this, 'ExportReader', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    exports.grantRead(reader);
    backups.grantReadWrite(reader);
    this.uploads.grantPut(reader, 'incoming/*');

    const shared = new s3.Bucket(this, 'PartnerDrop', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
    });
    shared.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['s3:PutObject'],
      resources: [shared.arnForObjects('partner-a/*')],
      principals: [new iam.AccountPrincipal('111122223333')],
    }));
    shared.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [shared.arnForObjects('*')],
      // expect: public-bucket
      principals: [new iam.AnyPrincipal()],
    }));
  }
}
