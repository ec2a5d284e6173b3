import { SQSHandler, SQSRecord } from 'aws-lambda';
import { Client } from 'pg';
import axios from 'axios';

const ALLOWED_CALLBACK = /^https:\/\/[a-z0-9-]+\.hooks\.acme\.example\//;

interface Job { tenant: string; table: string; callback: string; where?: string }

function parse(record: SQSRecord): Job {
  return JSON.parse(record.body) as Job;
}

export const handler: SQSHandler = async (event) => {
  const db = new Client();
  await db.connect();
  try {
    for (const record of event.Records) {
      const job = parse(record);
      // expect: sql-injection
      await db.query(`DELETE FROM ${job.table} WHERE tenant = '${job.tenant}'`);
      await db.query('INSERT INTO audit(tenant, action) VALUES ($1, $2)', [job.tenant, 'purge']);
      if (ALLOWED_CALLBACK.test(job.callback)) {
        await axios.post(job.callback, { ok: true }, { timeout: 5000 });
      }
    }
  } finally {
    await db.end();
  }
};

export const notify: SQSHandler = async (event) => {
  for (const record of event.Records) {
    const { callback } = parse(record);
    // expect: ssrf
    await axios.get(callback, { timeout: 5000 });
  }
};
