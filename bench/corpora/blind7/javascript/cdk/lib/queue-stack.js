const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');

class QueueStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const dlq = new sqs.Queue(this, 'OrdersDlq', {
      encryption: sqs.QueueEncryption.KMS_MANAGED,
      retentionPeriod: cdk.Duration.days(14),
    });

    const orders = new sqs.Queue(this, 'Orders', {
      visibilityTimeout: cdk.Duration.seconds(60),
      // expect: unencrypted-storage
      encryption: sqs.QueueEncryption.UNENCRYPTED,
      deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
    });

    const topicKey = new kms.Key(this, 'TopicKey', { enableKeyRotation: true });
    const topic = new sns.Topic(this, 'OrderEvents', { masterKey: topicKey });

    orders.addToResourcePolicy(new iam.PolicyStatement({
      effect: iam.Effect.ALLOW,
      actions: ['sqs:SendMessage'],
      // expect: wildcard-principal
      principals: [new iam.StarPrincipal()],
      resources: [orders.queueArn],
    }));

    const worker = new lambda.Function(this, 'Worker', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda/worker'),
      environment: { QUEUE_URL: orders.queueUrl, TOPIC_ARN: topic.topicArn },
    });
    orders.grantConsumeMessages(worker);
    topic.grantPublish(worker);

    worker.addToRolePolicy(new iam.PolicyStatement({
      // expect: overly-permissive-policy
      actions: ['*'],
      resources: ['*'],
    }));

    const url = worker.addFunctionUrl({
      // expect: unauthenticated-endpoint
      authType: lambda.FunctionUrlAuthType.NONE,
    });
    new cdk.CfnOutput(this, 'WorkerUrl', { value: url.url });

    const bastionSg = new ec2.SecurityGroup(this, 'BastionSg', { vpc: props.vpc });
    // expect: open-ingress
    bastionSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh');
    bastionSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'https');
  }
}

module.exports = { QueueStack };
