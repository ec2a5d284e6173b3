// Next.js API routes (pages router) for the customer portal.
import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient, Prisma } from '@prisma/client';
import { createHash, timingSafeEqual } from 'crypto';

const prisma = new PrismaClient();
const APP_ORIGIN = process.env.APP_ORIGIN ?? 'https://portal.example.com';

export async function invoices(req: NextApiRequest, res: NextApiResponse) {
  const customerId = String(req.query.customerId);
  const rows = await prisma.$queryRaw`SELECT id, total FROM invoices WHERE customer_id = ${customerId}`;
  res.status(200).json(rows);
}

export async function invoicesUnsafe(req: NextApiRequest, res: NextApiResponse) {
  const customerId = String(req.query.customerId);
  // expect: sql-injection
  const rows = await prisma.$queryRawUnsafe(`SELECT id, total FROM invoices WHERE customer_id = '${customerId}'`);
  res.status(200).json(rows);
}

export async function invoicesParam(req: NextApiRequest, res: NextApiResponse) {
  const rows = await prisma.$queryRawUnsafe('SELECT id, total FROM invoices WHERE customer_id = $1', String(req.query.customerId));
  res.status(200).json(rows);
}

export async function archive(req: NextApiRequest, res: NextApiResponse) {
  const year = Number(req.body.year);
  // expect: sql-injection
  await prisma.$executeRawUnsafe('UPDATE invoices SET archived = true WHERE note LIKE \'%' + req.body.note + '%\'');
  await prisma.$executeRaw(Prisma.sql`UPDATE invoices SET archived = true WHERE year < ${year}`);
  res.status(204).end();
}

export async function callback(req: NextApiRequest, res: NextApiResponse) {
  const url = String(req.query.callbackUrl ?? '/');
  // expect: open-redirect
  res.redirect(307, url);
}

export async function callbackSafe(req: NextApiRequest, res: NextApiResponse) {
  const raw = String(req.query.callbackUrl ?? '/');
  const target = new URL(raw, APP_ORIGIN);
  res.redirect(307, target.origin === APP_ORIGIN ? target.pathname + target.search : '/');
}

export async function download(req: NextApiRequest, res: NextApiResponse) {
  const file = await prisma.file.findUnique({ where: { id: String(req.query.id) } });
  if (!file) return res.status(404).end();
  res.setHeader('ETag', createHash('md5').update(file.updatedAt.toISOString()).digest('hex'));
  res.redirect(302, `/files/${encodeURIComponent(file.storageKey)}`);
}

export async function verifyLegacyPin(req: NextApiRequest, res: NextApiResponse) {
  const user = await prisma.user.findUnique({ where: { id: String(req.body.userId) } });
  if (!user) return res.status(404).end();
  // expect: weak-hash
  const digest = createHash('sha1').update(String(req.body.pin)).digest();
  const ok = timingSafeEqual(digest, Buffer.from(user.pinHash, 'hex'));
  res.status(ok ? 200 : 401).json({ ok });
}

export async function search(req: NextApiRequest, res: NextApiResponse) {
  const q = String(req.query.q ?? '');
  const rows = await prisma.invoice.findMany({ where: { note: { contains: q } }, take: 20 });
  res.status(200).json(rows);
}

export async function preview(req: NextApiRequest, res: NextApiResponse) {
  const title = String(req.query.title ?? '');
  res.setHeader('Content-Type', 'text/html');
  // expect: xss
  res.send(`<!doctype html><title>${title}</title><h1>${title}</h1>`);
}

export async function previewJson(req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ title: String(req.query.title ?? '') });
}
