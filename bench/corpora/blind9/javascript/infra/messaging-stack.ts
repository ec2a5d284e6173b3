// library: aws-cdk-lib (aws-sqs, aws-sns, aws-kms) in TypeScript
import { Duration, Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export class MessagingStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const key = new kms.Key(this, 'MessagingKey', { enableKeyRotation: true });

    const orders = new sqs.Queue(this, 'Orders', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      visibilityTimeout: Duration.seconds(60),
    });

    const audit = new sqs.Queue(this, 'Audit', {
      // expect: unencrypted-resource
      encryption: sqs.QueueEncryption.UNENCRYPTED,
      retentionPeriod: Duration.days(14),
    });

    new sqs.Queue(this, 'Dlq', { encryption: sqs.QueueEncryption.SQS_MANAGED });

    const alerts = new sns.Topic(this, 'Alerts', { displayName: 'Ops alerts', masterKey: key });

    // expect: unencrypted-resource
    const payments = new sns.Topic(this, 'PaymentEvents', { displayName: 'Payment events' });

    alerts.grantPublish(new iam.ServicePrincipal('cloudwatch.amazonaws.com'));
    void orders; void audit; void payments;
  }
}
