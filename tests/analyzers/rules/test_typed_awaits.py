"""TypeScript's `await f<T>(x)` is the call `f(x)` to every rule: tree-sitter-typescript parses it
as a call of `(await f)` with type arguments, so `await pool.query<Row>(sql)` or
`await prisma.$queryRawUnsafe<User[]>(sql)` built from request data was never a sink — in process
and in a bulk scan (where such a file is checked in process). Real rules, the real scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.tree_scan import scanned

ROUTES = '''import axios from 'axios';
import express from 'express';
import { Pool } from 'pg';
import { PrismaClient } from '@prisma/client';

const pool = new Pool();
const prisma = new PrismaClient();
export const router = express.Router();

router.get('/users', async (req, res) => {
  const name = String(req.query.name);
  const { rows } = await pool.query<{ id: number }>(`SELECT id FROM users WHERE name = '${name}'`);
  const same = await pool.query<{ id: number }>('SELECT id FROM users WHERE name = $1', [name]);
  res.json({ rows, same: same.rows });
});

router.post('/report', async (req, res) => {
  const order = req.body.order as string;
  const sql = 'SELECT * FROM sales ORDER BY ' + order;
  const report = await prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(
    sql,
  );
  const count = await prisma.$queryRaw<number>`SELECT count(*) FROM sales WHERE region = ${order}`;
  res.json({ report, count });
});

router.get('/preview', async (req, res) => {
  const target = String(req.query.url);
  const page = await axios.get<string>(target, { timeout: 5000 });
  res.json({ bytes: page.data.length });
});
'''

PLAIN = "export const limit = (n: number): number => Math.min(n, 100);\n"


def _findings(root: Path, bulk_scan: bool, monkeypatch) -> list[tuple]:
    return sorted((path, f.sink_span.start_line + 1, f.rule) for path, f in scanned(root, bulk_scan, monkeypatch))


@pytest.mark.parametrize("bulk_scan", [False, True])
def test_a_typed_awaited_query_built_from_request_data_is_reported(tmp_path, monkeypatch, bulk_scan):
    (tmp_path / "routes.ts").write_text(ROUTES)
    (tmp_path / "limit.ts").write_text(PLAIN)
    found = _findings(tmp_path, bulk_scan, monkeypatch)
    assert found == [("routes.ts", 12, "js/security/tainted-sql"),  # not the parameterised one below it
                     ("routes.ts", 20, "js/security/tainted-sql"),  # (nor the tagged $queryRaw)
                     ("routes.ts", 29, "js/security/tainted-ssrf")], found
