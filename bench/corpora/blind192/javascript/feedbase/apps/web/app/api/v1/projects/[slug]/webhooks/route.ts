import { NextResponse } from 'next/server';

import { withProjectAuth } from '@/lib/auth';
import { createWebhook, getProjectWebhooks } from '@/lib/api/webhooks';

const EVENTS = new Set(['feedback_created', 'feedback_updated', 'changelog_published']);

// GET /api/v1/projects/[slug]/webhooks
export async function GET(req: Request, context: { params: { slug: string } }) {
  const { data: webhooks, error } = await getProjectWebhooks(context.params.slug, 'route');
  if (error) {
    return NextResponse.json({ error: error.message }, { status: error.status });
  }
  return NextResponse.json(webhooks, { status: 200 });
}

// POST /api/v1/projects/[slug]/webhooks
export async function POST(req: Request, context: { params: { slug: string } }) {
  const { name, url, events } = await req.json();

  if (!name || !url) {
    return NextResponse.json({ error: 'name and url are required.' }, { status: 400 });
  }

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return NextResponse.json({ error: 'url must be a valid URL.' }, { status: 400 });
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return NextResponse.json({ error: 'url must use http or https.' }, { status: 400 });
  }

  const filtered = Array.isArray(events) ? events.filter((e: string) => EVENTS.has(e)) : [];

  const { data: webhook, error } = await withProjectAuth(context.params.slug, 'route', (project) =>
    createWebhook(project.id, { name: String(name).slice(0, 64), url: parsed.toString(), events: filtered })
  );
  if (error) {
    return NextResponse.json({ error: error.message }, { status: error.status });
  }
  return NextResponse.json(webhook, { status: 200 });
}
