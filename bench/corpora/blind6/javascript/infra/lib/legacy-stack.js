const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const iam = require('aws-cdk-lib/aws-iam');
const docdb = require('aws-cdk-lib/aws-docdb');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elasticache = require('aws-cdk-lib/aws-elasticache');
const redshift = require('aws-cdk-lib/aws-redshift');

class LegacyStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const vpc = new ec2.Vpc(this, 'LegacyVpc', { maxAzs: 2 });

    const assets = new s3.Bucket(this, 'LegacyAssets', {
      encryption: s3.BucketEncryption.S3_MANAGED,
    });
    // expect: cdk-bucket-grant-public
    assets.grantRead(new iam.AnyPrincipal());
    assets.grantRead(new iam.AccountRootPrincipal());

    assets.addToResourcePolicy(new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [assets.arnForObjects('*')],
      // expect: cdk-bucket-policy-public
      principals: [new iam.StarPrincipal()],
    }));

    new docdb.DatabaseCluster(this, 'Docs', {
      masterUser: { username: 'docadmin' },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.R5, ec2.InstanceSize.LARGE),
      vpc,
      // expect: cdk-docdb-unencrypted
      storageEncrypted: false,
    });

    new elasticache.CfnReplicationGroup(this, 'Cache', {
      replicationGroupDescription: 'session cache',
      engine: 'redis',
      cacheNodeType: 'cache.t3.small',
      numCacheClusters: 2,
      // expect: cdk-elasticache-unencrypted
      atRestEncryptionEnabled: false,
      // expect: cdk-elasticache-unencrypted
      transitEncryptionEnabled: false,
    });

    new redshift.CfnCluster(this, 'Warehouse', {
      clusterType: 'multi-node',
      dbName: 'analytics',
      masterUsername: 'admin',
      masterUserPassword: cdk.SecretValue.secretsManager('warehouse-admin').unsafeUnwrap(),
      nodeType: 'ra3.xlplus',
      numberOfNodes: 2,
      // expect: cdk-redshift-public
      publiclyAccessible: true,
      encrypted: true,
    });
  }
}

module.exports = { LegacyStack };
