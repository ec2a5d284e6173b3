// Web Crypto (TS): subtle.digest('SHA-1') for a client-side password hash, next to SHA-256
const encoder = new TextEncoder();

function toHex(buf: ArrayBuffer): string {
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function hashPasswordForLogin(password: string, salt: string): Promise<string> {
  // expect: weak-hash
  const digest = await crypto.subtle.digest('SHA-1', encoder.encode(salt + password));
  return toHex(digest);
}

export async function contentHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return toHex(digest);
}

export async function derivePasswordKey(password: string, salt: Uint8Array): Promise<string> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600000 }, base, 256);
  return toHex(bits);
}

export async function pinHash(pin: string): Promise<string> {
  // expect: weak-hash
  return toHex(await window.crypto.subtle.digest({ name: 'SHA-1' }, encoder.encode(pin)));
}
