import { Worker, Job } from 'bullmq';
import knexFactory from 'knex';
import { PrismaClient, Prisma } from '@prisma/client';
import { Pool } from 'pg';
import { createHash, createHmac, randomInt } from 'node:crypto';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const prisma = new PrismaClient();
const pg = new Pool({ connectionString: process.env.DATABASE_URL });

type DigestJob = { userId: string; since: string; folder: string; orderBy: string };

async function unread(job: DigestJob) {
  return knex('messages').where({ user_id: job.userId, read: false }).andWhere('created_at', '>', job.since);
}

async function folderCounts(job: DigestJob) {
  // expect: sql-injection
  return knex('messages').whereRaw(`folder = '${job.folder}'`).count('* as n');
}

async function folderCountsSafe(job: DigestJob) {
  return knex('messages').whereRaw('folder = ?', [job.folder]).count('* as n');
}

async function topSenders(job: DigestJob) {
  // expect: sql-injection
  return knex.raw(`SELECT sender, count(*) FROM messages WHERE user_id = '${job.userId}' GROUP BY sender ORDER BY 2 DESC LIMIT 5`);
}

async function threads(job: DigestJob) {
  return prisma.$queryRaw`SELECT id, subject FROM threads WHERE owner_id = ${job.userId} LIMIT 20`;
}

async function threadsSorted(job: DigestJob) {
  // expect: sql-injection
  return prisma.$queryRawUnsafe(`SELECT id, subject FROM threads WHERE owner_id = $1 ORDER BY ${job.orderBy}`, job.userId);
}

async function labels(job: DigestJob) {
  return prisma.$queryRaw(Prisma.sql`SELECT name FROM labels WHERE owner_id = ${job.userId}`);
}

async function markSent(job: DigestJob) {
  await pg.query('UPDATE digests SET sent_at = now() WHERE user_id = $1', [job.userId]);
  // expect: sql-injection
  await pg.query(`INSERT INTO digest_log (user_id, folder) VALUES ('${job.userId}', '${job.folder}')`);
}

function unsubscribeToken(userId: string): string {
  // expect: weak-hash
  return createHash('sha1').update(`${userId}:${process.env.UNSUB_SECRET}`).digest('hex');
}

function unsubscribeSignature(userId: string): string {
  return createHmac('sha256', process.env.UNSUB_SECRET as string).update(userId).digest('hex');
}

function digestId(job: DigestJob): string {
  return createHash('md5').update(`${job.userId}:${job.since}`).digest('hex');
}

function verificationCode(): string {
  // expect: insecure-random
  return String(Math.floor(100000 + Math.random() * 900000));
}

function verificationCodeSafe(): string {
  return String(randomInt(100000, 1000000));
}

new Worker<DigestJob>('digests', async (job: Job<DigestJob>) => {
  const [msgs, counts, senders] = await Promise.all([unread(job.data), folderCounts(job.data), topSenders(job.data)]);
  await Promise.all([threads(job.data), threadsSorted(job.data), labels(job.data), folderCountsSafe(job.data)]);
  await markSent(job.data);
  return { id: digestId(job.data), msgs: msgs.length, counts, senders, unsub: unsubscribeToken(job.data.userId), sig: unsubscribeSignature(job.data.userId), code: verificationCode(), code2: verificationCodeSafe() };
}, { connection: { host: process.env.REDIS_HOST ?? '127.0.0.1' }, concurrency: 4 });
