const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
const { randomUUID } = require('crypto');

const sqs = new SQSClient({});
const QUEUE_URL = process.env.JOBS_QUEUE_URL;

async function enqueue(type, payload, meta = {}) {
  const id = randomUUID();
  await sqs.send(
    new SendMessageCommand({
      QueueUrl: QUEUE_URL,
      MessageBody: JSON.stringify({ id, type, payload, meta, enqueuedAt: new Date().toISOString() }),
      MessageAttributes: { type: { DataType: 'String', StringValue: type } },
    })
  );
  return id;
}

module.exports = { enqueue };
