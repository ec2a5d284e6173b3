import { Stack, StackProps } from 'aws-cdk-lib';
import { Bucket, BucketAccessControl, BucketEncryption, BlockPublicAccess } from 'aws-cdk-lib/aws-s3';
import { PolicyStatement, AnyPrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

export class WebsiteStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const site = new Bucket(this, 'Site', {
      // expect: public-bucket
      accessControl: BucketAccessControl.PUBLIC_READ,
      encryption: BucketEncryption.S3_MANAGED,
    });

    // expect: public-bucket
    site.addToResourcePolicy(new PolicyStatement({ actions: ['s3:GetObject'], principals: [new AnyPrincipal()], resources: [site.arnForObjects('*')] }));

    new Bucket(this, 'Private', {
      accessControl: BucketAccessControl.PRIVATE,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.KMS_MANAGED,
      enforceSSL: true,
    });

    new Bucket(this, 'Artifacts', {
      // expect: public-bucket
      blockPublicAccess: new BlockPublicAccess({ blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false }),
      encryption: BucketEncryption.S3_MANAGED,
    });
  }
}
