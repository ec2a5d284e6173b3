const allowedDomains = (process.env.ALLOWED_WEBHOOK_DOMAINS || '').split(',').filter(Boolean);

export function isUrlAllowed(urlString: string): boolean {
  let url: URL;
  try {
    url = new URL(urlString);
  } catch (e) {
    return false;
  }
  if (url.protocol !== 'https:') { return false; }
  return allowedDomains.some(domain => url.host === domain || url.host.endsWith('.' + domain));
}
