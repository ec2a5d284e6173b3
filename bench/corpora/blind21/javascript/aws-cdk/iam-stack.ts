// aws-cdk: roles and policies for CI, lambdas and an ops user
import { Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

export class IamStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const table = new dynamodb.Table(this, 'Orders', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecovery: true,
    });

    const fn = new lambda.Function(this, 'OrdersFn', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda/orders'),
      environment: { TABLE: table.tableName },
    });
    table.grantReadWriteData(fn);

    fn.addToRolePolicy(new iam.PolicyStatement({
      actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
      resources: ['*'],
    }));
    fn.addToRolePolicy(new iam.PolicyStatement({
      actions: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets'],
      resources: ['*'],
    }));

    const reportFn = new lambda.Function(this, 'ReportFn', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda/report'),
    });
    // expect: iam-wildcard
    reportFn.addToRolePolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));

    const deployRole = new iam.Role(this, 'CiDeployRole', {
      assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com', {
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/shop:ref:refs/heads/main' },
      }),
    });
    // expect: iam-wildcard
    deployRole.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess'));
    deployRole.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'));

    const opsPolicy = new iam.Policy(this, 'OpsPolicy', {
      statements: [
        new iam.PolicyStatement({
          effect: iam.Effect.ALLOW,
          // expect: iam-wildcard
          actions: ['s3:*'],
          resources: ['*'],
        }),
        new iam.PolicyStatement({
          effect: iam.Effect.ALLOW,
          actions: ['dynamodb:GetItem', 'dynamodb:Query'],
          resources: [table.tableArn, `${table.tableArn}/index/*`],
        }),
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          actions: ['*'],
          resources: ['*'],
          conditions: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
        }),
      ],
    });

    const opsGroup = new iam.Group(this, 'Ops');
    opsPolicy.attachToGroup(opsGroup);

    const auditor = new iam.Role(this, 'Auditor', { assumedBy: new iam.AccountRootPrincipal() });
    auditor.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('SecurityAudit'));

    // expect: iam-wildcard
    const crossAccount = new iam.Role(this, 'PartnerRole', { assumedBy: new iam.AnyPrincipal() });
    table.grantReadData(crossAccount);

    new iam.CfnPolicy(this, 'LegacyPolicy', {
      policyName: 'legacy-batch',
      roles: [deployRole.roleName],
      policyDocument: {
        Version: '2012-10-17',
        // expect: iam-wildcard
        Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }],
      },
    });
  }
}
