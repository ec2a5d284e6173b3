// library: aws-cdk-lib (EC2, RDS, IAM)
import { Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';

export class NetworkStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });

    const web = new ec2.SecurityGroup(this, 'Web', { vpc });
    web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https');
    // expect: public-resource
    web.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh from anywhere');

    const dbSg = new ec2.SecurityGroup(this, 'Db', { vpc });
    dbSg.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(5432), 'postgres from vpc');

    new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc,
      securityGroups: [dbSg],
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      storageEncrypted: true,
      publiclyAccessible: false,
    });

    new rds.DatabaseInstance(this, 'ReportingDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      // expect: public-resource
      publiclyAccessible: true,
      // expect: unencrypted-resource
      storageEncrypted: false,
    });

    const role = new iam.Role(this, 'DeployRole', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com') });
    role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['arn:aws:s3:::deploy-artifacts/*'] }));
    role.addToPolicy(
      new iam.PolicyStatement({
        // expect: overly-permissive-iam
        actions: ['*'],
        resources: ['*'],
      }),
    );
  }
}
