'use server';

import { randomUUID } from 'crypto';
import { revalidatePath } from 'next/cache';
import { OLLAMA_URL, isModelName } from '@/lib/ollama';
import { saveSharedChat, type SharedChat } from '@/lib/shares';

export async function pullModel(name: string) {
  if (!isModelName(name)) {
    return { ok: false, error: 'Invalid model name' };
  }
  const res = await fetch(`${OLLAMA_URL}/api/pull`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, stream: false }),
  });
  revalidatePath('/');
  return { ok: res.ok };
}

export async function shareChat(title: string, messages: SharedChat['messages']) {
  const id = randomUUID();
  await saveSharedChat({ id, title: title.slice(0, 200), messages, createdAt: Date.now() });
  return { id, path: `/share/${id}` };
}

// "Import conversation" accepts a link to an exported chat JSON (e.g. a gist raw URL)
export async function importChatFromUrl(url: string) {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { ok: false, error: 'Only http(s) links can be imported' };
  }
  // expect: ssrf
  const res = await fetch(parsed, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) {
    return { ok: false, error: `Download failed (${res.status})` };
  }
  const data = (await res.json()) as { title?: string; messages?: SharedChat['messages'] };
  if (!Array.isArray(data.messages)) {
    return { ok: false, error: 'Not a chat export' };
  }
  return { ok: true, title: data.title ?? 'Imported chat', messages: data.messages };
}
