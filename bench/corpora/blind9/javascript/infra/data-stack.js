// library: aws-cdk-lib (aws-rds, aws-efs) in JavaScript
const { Stack, RemovalPolicy } = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const rds = require('aws-cdk-lib/aws-rds');

class DataStack extends Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const { vpc } = props;

    new rds.DatabaseInstance(this, 'Primary', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      storageEncrypted: true,
      publiclyAccessible: false,
      removalPolicy: RemovalPolicy.SNAPSHOT,
    });

    new rds.DatabaseInstance(this, 'Analytics', {
      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      // expect: public-resource
      publiclyAccessible: true,
      // expect: unencrypted-resource
      storageEncrypted: false,
    });

    new efs.FileSystem(this, 'Shared', { vpc, encrypted: true });
    // expect: unencrypted-resource
    new efs.FileSystem(this, 'Scratch', { vpc, encrypted: false, removalPolicy: RemovalPolicy.DESTROY });
  }
}

module.exports = { DataStack };
