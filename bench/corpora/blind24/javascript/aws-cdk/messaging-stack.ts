import * as cdk from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export class MessagingStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const key = new kms.Key(this, 'MsgKey', { enableKeyRotation: true });

    new sqs.Queue(this, 'Orders', { encryption: sqs.QueueEncryption.KMS, encryptionMaster: key });
    new sqs.Queue(this, 'Emails', { encryption: sqs.QueueEncryption.SQS_MANAGED });
    // expect: unencrypted-storage
    new sqs.Queue(this, 'Audit', { encryption: sqs.QueueEncryption.UNENCRYPTED, retentionPeriod: cdk.Duration.days(14) });

    new sns.Topic(this, 'Alerts', { masterKey: key, displayName: 'Ops alerts' });
    // expect: unencrypted-storage
    new sns.Topic(this, 'Newsletter', { displayName: 'Newsletter fan-out' });
  }
}
