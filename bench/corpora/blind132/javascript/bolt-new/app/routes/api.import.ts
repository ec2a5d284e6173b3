import { json, type ActionFunctionArgs } from '@remix-run/cloudflare';
import { importFromUrl, importFromGitHub } from '~/lib/.server/importer';

export async function action({ request }: ActionFunctionArgs) {
  const { url, source = 'url', repo } = await request.json<{ url?: string; source?: string; repo?: string }>();

  if (source === 'github') {
    const files = await importFromGitHub(String(repo ?? ''));
    return json({ files });
  }

  const files = await importFromUrl(String(url ?? ''));

  return json({ files });
}
