"""Nuxt/Nitro (h3) server routes are handlers whose callees are followed into the project's other modules:
`defineEventHandler` reads the request through h3's helpers (`getQuery(event)`, `getRouterParam(event, 'file')`,
`await readBody<T>(event)`) and hands a value to a `server/utils` function that fetches or opens it (Elk's
card and emoji routes). The util's line is the finding, not the route's call. Before, a route reading the
request only so was not looked at as a caller: the util was fed nothing and the route's call was reported.
Real CLI, real files."""

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
