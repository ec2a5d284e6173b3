import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';

export class ApiStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { isDefault: false, vpcName: 'main' });

    const fn = new lambda.Function(this, 'Handler', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('dist/handler'),
    });

    // expect: cdk-lambda-url-public
    fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });

    const internal = new lambda.Function(this, 'Internal', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('dist/internal'),
    });
    internal.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });

    const web = new ec2.SecurityGroup(this, 'Web', { vpc, allowAllOutbound: true });
    web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https');
    // expect: cdk-ssh-open-world
    web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh');
    web.addIngressRule(ec2.Peer.ipv4('10.20.0.0/16'), ec2.Port.tcp(5432), 'postgres from vpc');
    // expect: cdk-db-port-open-world
    web.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.tcp(3306), 'mysql');

    const api = new apigw.LambdaRestApi(this, 'Api', { handler: fn, proxy: false });
    api.root.addResource('health').addMethod('GET');
    api.root.addResource('orders').addMethod('POST', undefined, {
      authorizationType: apigw.AuthorizationType.IAM,
    });
  }
}
