"""TypeScript projects on ESM import their own modules by the name tsc gives them (`from "../lib/params.js"`
for src/lib/params.ts, as NodeNext requires): the taint engine follows those modules as it follows
`../lib/params` (a helper's request data is a source, a helper's sink is one for its callers)."""

from __future__ import annotations

from tests.analyzers.rules.test_taint_modules import check, repository

PARAMS = """import type { Request } from 'express';

export function getParam(req: Request, name: string, fallback = ''): string {
  const value = req.query[name];
  return typeof value === 'string' ? value : fallback;
}
"""

SHELL = """import { execSync } from 'node:child_process';

export function run(cmd: string): string {
  return execSync(cmd).toString();
}
"""

ROUTES = """import { Router } from 'express';
import { getParam } from '../lib/params.js';
import { run } from '../lib/shell.js';
import { execSync } from 'node:child_process';

export const router = Router();

router.get('/count', (req, res) => {
  const pattern = getParam(req, 'q');
  res.json({ count: execSync(`grep -c ${pattern} /var/log/app.log`).toString() });
});

router.get('/lines', (req, res) => {
  res.json({ lines: run(`grep ${req.query.q} /var/log/app.log`) });
});

router.get('/today', (req, res) => {
  res.json({ lines: run('grep -c today /var/log/app.log') });
});
"""


def test_a_ts_module_imported_by_its_compiled_name_is_followed(tmp_path):
    root = repository(tmp_path / "logs", {"src/lib/params.ts": PARAMS, "src/lib/shell.ts": SHELL,
                                          "src/routes/logs.ts": ROUTES})
    # `run(...)` of `../lib/shell.js` is shell.ts's: its own sink reports the flow, and the routes
    # checked alone (shell.ts not checked with them) warn at the call too
    assert check(root, "src/routes/logs.ts") == {(9, "js/security/tainted-command"), (14, "js/security/tainted-command")}
    assert check(root, "src/lib/shell.ts") == {(4, "js/security/tainted-command")}
