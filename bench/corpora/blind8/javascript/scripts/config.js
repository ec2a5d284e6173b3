// library: dotenv / aws-sdk v3
require('dotenv').config();
const { S3Client } = require('@aws-sdk/client-s3');

const config = {
  port: Number(process.env.PORT || 3000),
  databaseUrl: process.env.DATABASE_URL,
  stripePublishableKey: 'pk_test_51HxQ2bF8cYh3NnLkQe7TzW0aR',
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379',
  // expect: hardcoded-secret
  mailPassword: process.env.MAIL_PASSWORD || 'Mailer#2023!prod',
  sentryDsn: process.env.SENTRY_DSN,
};

const s3 = new S3Client({ region: process.env.AWS_REGION || 'eu-west-1' });

const legacyS3 = new S3Client({
  region: 'us-east-1',
  credentials: {
    // expect: hardcoded-secret
    accessKeyId: 'AKIA6ODU5DHT7Q2WJ4XR',
    // expect: hardcoded-secret
    secretAccessKey: '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',
  },
});

module.exports = { config, s3, legacyS3 };
