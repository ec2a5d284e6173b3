import { createHmac } from 'crypto';

import { createServerClient } from '@/lib/supabase/server';
import type { ApiResponse, Webhook } from '@/lib/types';

export async function getProjectWebhooks(slug: string, cType: 'route' | 'server'): ApiResponse<Webhook[]> {
  const supabase = createServerClient(cType);
  const { data, error } = await supabase
    .from('webhooks')
    .select('id, name, url, events, project_id, projects!inner(slug)')
    .eq('projects.slug', slug);
  if (error) {
    return { data: null, error: { message: error.message, status: 500 } };
  }
  return { data: data as Webhook[], error: null };
}

export async function createWebhook(projectId: string, input: { name: string; url: string; events: string[] }) {
  const supabase = createServerClient('route');
  const secret = createHmac('sha256', process.env.WEBHOOK_SIGNING_KEY as string).update(projectId + input.url).digest('hex');
  const { data, error } = await supabase
    .from('webhooks')
    .insert({ project_id: projectId, name: input.name, url: input.url, events: input.events, secret })
    .select()
    .single();
  if (error) {
    return { data: null, error: { message: error.message, status: 500 } };
  }
  return { data, error: null };
}

// Called after feedback or changelog changes; reads back the stored webhook URLs.
export async function sendProjectEvent(projectId: string, event: string, payload: unknown) {
  const supabase = createServerClient('server');
  const { data: hooks } = await supabase.from('webhooks').select('url, secret, events').eq('project_id', projectId);

  for (const hook of hooks ?? []) {
    if (!hook.events.includes(event)) continue;
    const body = JSON.stringify({ event, data: payload, sentAt: new Date().toISOString() });
    const signature = createHmac('sha256', hook.secret).update(body).digest('hex');
    // expect: ssrf
    await fetch(hook.url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Feedbase-Signature': signature }, body });
  }
}
