"""A JavaScript/TypeScript flow into a helper of the same file (a function, a `const` arrow, a
private method called as `this.fetchText(...)`) is reported once, at the helper's sink, naming the
line the data came from: where Semgrep and CodeQL report it, and where corpora written by others
label it (issue 31). The helper's call reports nothing; a call with constants adds nothing; a
recursive helper whose sink is its call of itself is reported at the call into it."""

from __future__ import annotations

import pytest

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig
from tests.analyzers.rules.test_javascript_framework_rules import marked_and_found

WATCHED = {"js/security/tainted-ssrf", "js/security/tainted-sql", "js/security/ssrf-request-url",
           "js/security/sql-injection-string-building", "js/security/tainted-prototype-pollution"}

# a Next.js route handler and an arrow helper of its module (Dub's metatags route)
ROUTE_TS = """\
import { NextRequest, NextResponse } from 'next/server'

const getHtml = async (url: string) => {
  const res = await fetch(url, { headers: { 'User-Agent': 'bot/1.0' } })  // expect: js/security/tainted-ssrf
  return res.text()
}

export async function GET(req: NextRequest) {
  const url = req.nextUrl.searchParams.get('url')
  if (!url) return NextResponse.json({ error: 'Missing url' }, { status: 400 })
  const html = await getHtml(url.startsWith('http') ? url : `https://${url}`)
  return NextResponse.json({ length: html.length })
}

export async function HEAD() {
  await getHtml('https://example.com/')
  return new Response(null)
}
"""

# an Express router and a function declared below it; a NestJS controller whose private method holds
# the sink
ROUTER_JS = """\
const express = require('express')
const { pool } = require('./db')

const router = express.Router()

router.get('/pages', async (req, res) => {
  res.json(await listByOrder(req.query.workspace, req.query.order))
})

async function listByOrder(workspaceId, orderBy) {
  const order = orderBy || 'updated_at'
  return pool.query(`SELECT id FROM pages WHERE workspace_id = $1 ORDER BY ${order}`, [workspaceId])  // expect: js/security/tainted-sql
}

module.exports = router
"""

SERVICE_TS = """\
import { Controller, Get, Query } from '@nestjs/common'

@Controller('context')
export class ContextController {
  @Get('url')
  async addUrl(@Query('url') url: string): Promise<string> {
    const body = await this.fetchText(url)
    return body.slice(0, 4000)
  }

  private async fetchText(href: string): Promise<string> {
    const res = await fetch(href, { redirect: 'follow' })  // expect: js/security/tainted-ssrf
    return res.text()
  }
}
"""
# a recursive merge: its sink inside is its call of itself, so the call into it is the one finding
MERGE_JS = """\
const express = require('express')
const app = express()
const settings = { theme: 'light' }

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {}
      deepMerge(target[key], source[key])
    } else {
      target[key] = source[key]  // expect: js/security/tainted-prototype-pollution
    }
  }
  return target
}

app.post('/settings', (req, res) => {
  deepMerge(settings, req.body.settings)
  res.json(settings)
})
"""


@pytest.fixture
def checker(tmp_path) -> Checker:
    (tmp_path / ".git").mkdir()
    return Checker(LoadedConfig(PostilConfig(), tmp_path / "pyproject.toml", tmp_path))


@pytest.mark.parametrize(("path", "text"), [
    ("app/api/metatags/route.ts", ROUTE_TS),  # an arrow helper of the module
    ("routes/pages.js", ROUTER_JS),  # a function declared below its caller
    ("src/context.ts", SERVICE_TS),  # a private method called through `this`
    ("routes/settings.js", MERGE_JS),  # a recursive merge: once, at its write (the call into it a related place)
], ids=["arrow-helper", "declared-below", "private-method", "recursive-helper"])
def test_a_flow_into_a_helper_of_the_module_is_reported_at_its_sink(checker, path, text):
    expected, found = marked_and_found(checker, path, text, WATCHED)
    assert found == expected


def test_the_finding_names_the_line_the_data_came_from(checker):
    path = checker.loaded.root / "app/api/metatags/route.ts"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ROUTE_TS)
    [finding] = [f for f in checker.check_text(path, ROUTE_TS) if f.rule == "js/security/tainted-ssrf"]
    assert "from line 9" in finding.message and "reaches `fetch` at line 4" in finding.message
