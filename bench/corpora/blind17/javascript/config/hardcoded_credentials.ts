// library: pg / ioredis / @aws-sdk/client-s3 (connection settings)
import { Pool } from 'pg';
import Redis from 'ioredis';
import { S3Client } from '@aws-sdk/client-s3';

export const reportingDb = new Pool({
  host: 'reporting.internal',
  user: 'report_ro',
  // expect: hardcoded-secret
  password: 'Rp0rt!ng-2024-x7Qz',
  database: 'reporting',
});

// expect: hardcoded-secret
export const cache = new Redis('redis://:h4Wq9Lm2ZrT8vYc1@cache.internal:6379/0');

export const s3 = new S3Client({
  region: 'eu-west-1',
  // expect: hardcoded-secret
  credentials: { accessKeyId: 'AKIAZ7QW3R5T6Y8U2PLM', secretAccessKey: 'n8Yq2Vd0Hk4Lp7Sx1Ct9Rb3Mf6Wz5Ej8Gu2Aa0Qo' },
});

export const appDb = new Pool({
  host: process.env.PGHOST,
  user: process.env.PGUSER,
  password: process.env.PGPASSWORD,
  database: 'app',
});

export const sessionCache = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379/1');

export const s3Default = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });

export const passwordPolicy = { password: { minLength: 12, requireDigit: true } };
