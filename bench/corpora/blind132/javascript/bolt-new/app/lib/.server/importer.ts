const REPO_RE = /^[\w.-]+\/[\w.-]+$/;

export interface ImportedFile {
  path: string;
  content: string;
}

export async function importFromGitHub(repo: string): Promise<ImportedFile[]> {
  if (!REPO_RE.test(repo)) {
    throw new Response('bad repository', { status: 400 });
  }

  const res = await fetch(`https://api.github.com/repos/${repo}/contents`, {
    headers: { accept: 'application/vnd.github+json', 'user-agent': 'bolt' },
  });
  const entries = (await res.json()) as Array<{ path: string; download_url: string }>;

  return entries.map((entry) => ({ path: entry.path, content: entry.download_url }));
}

export async function importFromUrl(url: string): Promise<ImportedFile[]> {
  // a zip or a single file anywhere on the web
  // expect: ssrf
  const res = await fetch(url, { redirect: 'follow' });
  const content = await res.text();

  return [{ path: new URL(url).pathname.split('/').pop() || 'index.html', content }];
}
