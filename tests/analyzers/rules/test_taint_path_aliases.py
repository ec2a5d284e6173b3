"""TypeScript and JavaScript projects import their own modules through aliases (`from "@/lib/params"`,
Next.js's and Vite's default `"@/*": ["./src/*"]`, or a `baseUrl`): the taint engine follows them as
it follows `../lib/params`, by the nearest tsconfig.json/jsconfig.json (comments, trailing commas and
a relative `extends` as tsc reads them), never to a file outside the workspace."""

from __future__ import annotations

from tests.analyzers.rules.test_taint_modules import check, repository
from tests.analyzers.rules.test_taint_ts_compiled_imports import SHELL

PARAMS = """import type { Request } from 'express';

export function getParam(req: Request, name: string): string {
  return String(req.query[name] ?? '');
}
"""

ROUTES = """import { Router } from 'express';
import { getParam } from '@/lib/params';
import { run } from 'lib/shell';

export const router = Router();

router.get('/lines', (req, res) => {
  const pattern = getParam(req, 'q');
  res.json({ lines: run(`grep ${pattern} /var/log/app.log`) });
});

router.get('/today', (req, res) => {
  res.json({ lines: run('grep -c today /var/log/app.log') });
});
"""

BASE = """{
  // shared by the apps
  "compilerOptions": {
    "baseUrl": "./src",
    "paths": { "@/*": ["./*"], },
  },
}
"""


def test_an_aliased_import_is_followed(tmp_path):
    root = repository(tmp_path / "logs", {
        "tsconfig.base.json": BASE,
        "tsconfig.json": '{ "extends": "./tsconfig.base.json", /* the app */ "include": ["src"] }\n',
        "src/lib/params.ts": PARAMS, "src/lib/shell.ts": SHELL, "src/routes/logs.ts": ROUTES})
    assert check(root, "src/routes/logs.ts") == {(8, "js/security/tainted-command")}  # (reported where the data enters, as for a relative import)


def test_an_alias_to_outside_the_workspace_is_not_followed(tmp_path):
    outside = tmp_path / "elsewhere"
    (outside / "lib").mkdir(parents=True)
    (outside / "lib/params.ts").write_text(PARAMS)
    (outside / "lib/shell.ts").write_text(SHELL)
    root = repository(tmp_path / "logs", {
        "jsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["../elsewhere/*"], "lib/*": ["../elsewhere/lib/*"]}}}\n',
        "src/routes/logs.ts": ROUTES})
    assert check(root, "src/routes/logs.ts") == set()
