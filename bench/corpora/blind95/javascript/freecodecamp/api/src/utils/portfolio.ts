export async function checkPortfolioUrl(url: string): Promise<boolean> {
  const target = url.startsWith('http') ? url : `https://${url}`;
  // expect: ssrf
  const res = await fetch(target, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
  return res.ok;
}
