// aws-cdk: database and CI stack for the billing service
import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';

export interface DataStackProps extends cdk.StackProps {
  vpc: ec2.IVpc;
}

export class DataStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);

    const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_15 });

    new rds.DatabaseInstance(this, 'BillingDb', {
      engine,
      vpc: props.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      storageEncrypted: true,
      deletionProtection: true,
    });

    new rds.DatabaseInstance(this, 'ReportingReplicaDb', {
      engine,
      vpc: props.vpc,
      // expect: unencrypted-storage
      storageEncrypted: false,
    });

    const clusterProps: rds.DatabaseClusterProps = {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_3 }),
      vpc: props.vpc,
      writer: rds.ClusterInstance.provisioned('writer'),
    };
    // expect: unencrypted-storage
    new rds.CfnDBCluster(this, 'LegacyCluster', { engine: 'aurora-postgresql', storageEncrypted: false, masterUsername: 'billing' });
    new rds.DatabaseCluster(this, 'Cluster', { ...clusterProps, storageEncrypted: true });

    new codebuild.Project(this, 'Build', {
      source: codebuild.Source.gitHub({ owner: 'example', repo: 'billing' }),
      badge: true,
      environment: { buildImage: codebuild.LinuxBuildImage.STANDARD_7_0 },
    });

    // expect: public-build
    new codebuild.CfnProject(this, 'DocsBuild', { visibility: 'PUBLIC_READ', artifacts: { type: 'NO_ARTIFACTS' }, environment: { type: 'LINUX_CONTAINER', image: 'aws/codebuild/standard:7.0', computeType: 'BUILD_GENERAL1_SMALL' }, serviceRole: 'arn:aws:iam::123456789012:role/docs', source: { type: 'GITHUB', location: 'https://github.com/example/docs' } });

    new codebuild.Project(this, 'PrivateBuild', {
      source: codebuild.Source.gitHub({ owner: 'example', repo: 'billing' }),
      environment: { buildImage: codebuild.LinuxBuildImage.STANDARD_7_0 },
    });
  }
}
