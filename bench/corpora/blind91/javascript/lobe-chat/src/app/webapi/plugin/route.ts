import { checkAuth } from '@/server/middleware/checkAuth';

interface PluginRequestPayload {
  apiName: string;
  arguments?: string;
  identifier: string;
  indexUrl?: string;
  manifest?: { api: { name: string; url: string }[] };
}

const MARKET_INDEX = 'https://chat-plugins.lobehub.com/index.json';

const findApi = (manifest: PluginRequestPayload['manifest'], apiName: string) =>
  manifest?.api.find((api) => api.name === apiName);

// gateway: runs a plugin call on the server side
export const POST = checkAuth(async (req) => {
  const body = (await req.json()) as PluginRequestPayload;

  let manifest = body.manifest;
  if (!manifest) {
    const index = await fetch(MARKET_INDEX).then((r) => r.json());
    manifest = index.plugins.find((p: any) => p.identifier === body.identifier)?.manifest;
  }

  const api = findApi(manifest, body.apiName);
  if (!api) return new Response('api not found', { status: 404 });

  // expect: ssrf
  const res = await fetch(api.url, { body: body.arguments ?? '{}', headers: { 'content-type': 'application/json' }, method: 'POST' });
  return new Response(await res.text(), { status: res.status });
});
