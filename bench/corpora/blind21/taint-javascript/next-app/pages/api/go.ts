// next-app/pages/api/go.ts: sign-in callback and outbound link tracking
import type { NextApiRequest, NextApiResponse } from 'next';
import { first, localPath, field } from '../../lib/query';

const OUTBOUND: Record<string, string> = {
  github: 'https://github.com/acme/product',
  discord: 'https://discord.gg/acme',
};

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const callbackUrl = first(req, 'callbackUrl') || field(req, 'callbackUrl') || '/';
  // expect: open-redirect
  res.redirect(302, callbackUrl);
}

export function safeCallback(req: NextApiRequest, res: NextApiResponse) {
  const callbackUrl = localPath(first(req, 'callbackUrl') || field(req, 'callbackUrl'));
  res.redirect(302, callbackUrl);
}

export function outbound(req: NextApiRequest, res: NextApiResponse) {
  const key = first(req, 'to');
  const url = OUTBOUND[key];
  if (!url) return res.status(404).end();
  res.redirect(url);
}

export async function track(req: NextApiRequest, res: NextApiResponse) {
  const { url = '/', campaign } = req.query as { url?: string; campaign?: string };
  await recordClick(campaign ?? 'none');
  // expect: open-redirect
  res.writeHead(302, { Location: url }).end();
}

export function trackSafe(req: NextApiRequest, res: NextApiResponse) {
  const key = first(req, 'to');
  const campaign = first(req, 'campaign', 'none');
  const url = OUTBOUND[key] ?? '/';
  recordClick(campaign).catch(() => undefined);
  res.writeHead(302, { Location: url }).end();
}

async function recordClick(campaign: string) {
  await fetch(`${process.env.ANALYTICS_URL}/clicks`, { method: 'POST', body: JSON.stringify({ campaign }) });
}
