"""Handlers that read the request only through their runtime's own helpers are handlers whose callees are
followed into the project's other modules. Nuxt/Nitro (h3) server routes:
`defineEventHandler` reads the request through h3's helpers (`getQuery(event)`, `getRouterParam(event, 'file')`,
`await readBody<T>(event)`) and hands a value to a `server/utils` function that fetches or opens it (Elk's
card and emoji routes); Appwrite's functions, `export default async ({ req, res })` reading the body the
runtime parsed (`req.bodyJson`); SvelteKit's endpoints given the URL's parts (`GET({ url })`). The util's line is the finding, not the route's call. Before, a handler
reading the request only so was not looked at as a caller: the util was fed nothing and the route's call
was reported (an Appwrite function's body was no source at all). Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

PREVIEW_ROUTE = '''import { fetchCard } from '~/server/utils/cards'

export default defineEventHandler(async (event) => {
  const { url } = getQuery(event)
  if (typeof url !== 'string' || !url)
    throw createError({ statusCode: 400 })
  return fetchCard(url)
})
'''

CARDS = '''export async function fetchCard(url: string) {
  const html = await $fetch<string>(url, { responseType: 'text' })
  return html
}

export async function fetchKnownCard(id: string) {
  return $fetch<string>(`https://cards.example.com/${encodeURIComponent(id)}`)
}
'''

EMOJI_ROUTE = '''import { readEmoji } from '~/server/utils/emoji'

export default defineEventHandler(async (event) => {
  const file = getRouterParam(event, 'file', { decode: true })!
  return readEmoji(file)
})
'''

EMOJI = '''import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

export function readEmoji(file: string) {
  return readFile(join(process.cwd(), 'public', 'emojis', file))
}
'''


def test_a_nitro_route_s_query_and_path_reach_the_utils_it_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"server/api/preview.get.ts": PREVIEW_ROUTE, "server/utils/cards.ts": CARDS,
                                      "server/api/emoji/[file].get.ts": EMOJI_ROUTE, "server/utils/emoji.ts": EMOJI},
                           select="js/security")
    assert sorted(found) == ["server/utils/cards.ts:2 tainted-ssrf", "server/utils/emoji.ts:5 tainted-path"], found


APPWRITE_FUNCTION = '''import { fetchPreview } from './preview.js';

export default async ({ req, res }) => {
  const { url } = req.bodyJson ?? {};
  return res.json(await fetchPreview(url));
};
'''

APPWRITE_PREVIEW = '''export async function fetchPreview(url) {
  const response = await fetch(url, { redirect: 'follow' });
  return { status: response.status };
}
'''


def test_an_appwrite_function_s_body_reaches_the_helper_it_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"functions/preview/src/main.js": APPWRITE_FUNCTION,
                                      "functions/preview/src/preview.js": APPWRITE_PREVIEW}, select="js/security")
    assert found == ["functions/preview/src/preview.js:2 tainted-ssrf"], found


SVELTE_ENDPOINT = '''import { json } from '@sveltejs/kit';
import { searchIncidents } from '../../../lib/server/db.js';

export async function GET({ url }) {
  return json(await searchIncidents(url.searchParams.get('q') ?? ''));
}
'''

SVELTE_DB = '''import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

export async function searchIncidents(text) {
  return db.raw(`SELECT * FROM incidents WHERE title ILIKE '%${text}%'`);
}
'''


def test_a_sveltekit_endpoint_s_url_reaches_the_module_it_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"src/routes/api/incidents/+server.js": SVELTE_ENDPOINT,
                                      "src/lib/server/db.js": SVELTE_DB}, select="js/security")
    assert found == ["src/lib/server/db.js:6 tainted-sql"], found
