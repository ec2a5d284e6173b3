// library: aws-cdk-lib (SQS, Lambda) in JavaScript
const { Stack, Duration } = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

class QueueStack extends Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const jobs = new sqs.Queue(this, 'Jobs', {
      encryption: sqs.QueueEncryption.KMS_MANAGED,
      visibilityTimeout: Duration.minutes(5),
      enforceSSL: true,
    });

    const events = new sqs.Queue(this, 'Events', {
      // expect: unencrypted-resource
      encryption: sqs.QueueEncryption.UNENCRYPTED,
    });
    events.addToResourcePolicy(
      new iam.PolicyStatement({
        actions: ['sqs:SendMessage'],
        // expect: public-resource
        principals: [new iam.StarPrincipal()],
        resources: [events.queueArn],
      }),
    );

    const fn = new lambda.Function(this, 'Worker', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('dist/worker'),
    });
    jobs.grantConsumeMessages(fn);

    fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
    const hook = new lambda.Function(this, 'Hook', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'hook.handler',
      code: lambda.Code.fromAsset('dist/hook'),
    });
    // expect: public-resource
    hook.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
  }
}

module.exports = { QueueStack };
