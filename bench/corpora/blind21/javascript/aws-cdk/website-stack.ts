// aws-cdk: a static website behind CloudFront, plus a preview bucket and an API
import { Stack, StackProps, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export class WebsiteStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const siteBucket = new s3.Bucket(this, 'SiteBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });

    const distribution = new cloudfront.Distribution(this, 'SiteDistribution', {
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(siteBucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      },
      defaultRootObject: 'index.html',
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
    });

    new s3deploy.BucketDeployment(this, 'DeploySite', {
      sources: [s3deploy.Source.asset('./web/dist')],
      destinationBucket: siteBucket,
      distribution,
    });

    const previews = new s3.Bucket(this, 'PreviewUploads', {
      websiteIndexDocument: 'index.html',
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY,
      // expect: public-bucket
      publicReadAccess: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const handler = new lambda.Function(this, 'ApiFn', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda/api'),
      environment: { PREVIEW_BUCKET: previews.bucketName },
    });
    previews.grantPut(handler);

    const api = new apigw.LambdaRestApi(this, 'Api', {
      handler,
      proxy: false,
      defaultCorsPreflightOptions: {
        allowOrigins: ['https://www.example.com'],
        allowMethods: apigw.Cors.ALL_METHODS,
      },
    });
    api.root.addResource('health').addMethod('GET');
    const orders = api.root.addResource('orders');
    orders.addMethod('GET', undefined, { authorizationType: apigw.AuthorizationType.IAM });
    // expect: missing-auth
    orders.addMethod('DELETE', undefined, { authorizationType: apigw.AuthorizationType.NONE });
  }
}
