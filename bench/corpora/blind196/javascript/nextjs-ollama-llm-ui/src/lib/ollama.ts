import 'server-only';

export const OLLAMA_URL = (process.env.OLLAMA_URL ?? 'http://127.0.0.1:11434').replace(/\/+$/, '');

const MODEL_NAME = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9._-]+)?(:[a-z0-9._-]+)?$/i;

export function isModelName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= 100 && MODEL_NAME.test(name);
}

export type ChatMessage = {
  role: 'system' | 'user' | 'assistant';
  content: string;
  images?: string[];
};

export async function listModels() {
  const res = await fetch(`${OLLAMA_URL}/api/tags`, { cache: 'no-store' });
  if (!res.ok) {
    throw new Error(`Ollama returned ${res.status}`);
  }
  const data = (await res.json()) as { models: { name: string; size: number; modified_at: string }[] };
  return data.models;
}

export async function showModel(name: string) {
  const res = await fetch(`${OLLAMA_URL}/api/show`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  return res.json();
}

export function toOllamaMessages(messages: ChatMessage[]) {
  return messages.map((m) => ({
    role: m.role,
    content: m.content,
    ...(m.images?.length ? { images: m.images.map((i) => i.replace(/^data:image\/\w+;base64,/, '')) } : {}),
  }));
}
