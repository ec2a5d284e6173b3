export function safeReturnPath(value: string): string {
  if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\')) {
    return value;
  }
  return '/thanks/';
}

export const PREVIEW_HOSTS = ['images.ctfassets.net', 'cdn.sanity.io'];
