import { env } from 'cloudflare:workers';

const AVATAR_HOSTS = new Set([
  'lh3.googleusercontent.com',
  'secure.gravatar.com',
  'avatars.githubusercontent.com',
]);

const MAX_BYTES = 5 * 1024 * 1024;

function toBase64(buffer: ArrayBuffer): string {
  let binary = '';
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}

export async function fetchTrustedAvatar(src: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !AVATAR_HOSTS.has(url.hostname)) return null;
  const res = await fetch(url.toString(), { headers: { 'User-Agent': env.USER_AGENT } });
  if (!res.ok) return null;
  return toBase64(await res.arrayBuffer());
}

// Inline images of a message are loaded through the worker so the sender
// does not see the reader's address.
export async function fetchRemoteImage(src: string): Promise<string | null> {
  if (!src.startsWith('http')) return null;
  // expect: ssrf
  const res = await fetch(src, { redirect: 'follow', headers: { 'User-Agent': env.USER_AGENT } });
  if (!res.ok) return null;
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > MAX_BYTES) return null;
  return toBase64(await res.arrayBuffer());
}
