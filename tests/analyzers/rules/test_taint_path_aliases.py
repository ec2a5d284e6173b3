"""TypeScript and JavaScript projects import their own modules through aliases (`from "@/lib/params"`,
Next.js's and Vite's default `"@/*": ["./src/*"]`, or a `baseUrl`): the taint engine follows them as
it follows `../lib/params`, by the nearest tsconfig.json/jsconfig.json (comments, trailing commas and
a relative `extends` as tsc reads them), SvelteKit's `$lib` as its `src/lib`, never to a file outside the workspace."""

from __future__ import annotations

from postil.analyzers.rules.path_aliases import PathAliases
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


LOG = """export function logFailure(model: string, err: unknown) {
  const message = err instanceof Error ? err.message : 'unknown'
  console.warn(`model ${model} failed: ${message}`)
}

export function logFailureJson(model: string) {
  console.warn(JSON.stringify({ model }))
}
"""

HANDLER = """import { logFailure, logFailureJson } from '~/server/log'

export async function POST(request: Request) {
  const { model } = await request.json()
  logFailureJson(model)
  try {
    return await fetch('https://api.example.com/v1/run')
  } catch (err) {
    logFailure(model, err)
    return new Response('failed', { status: 502 })
  }
}
"""


def test_the_conventional_alias_is_followed_where_no_config_names_it(tmp_path):
    # a Next.js/Nuxt app checked without its tsconfig: `~/server/log` is the app's `src/server/log.ts`,
    # looked for from the importer's directory up (nearest first); a name no alias fits stays unresolved
    root = repository(tmp_path / "chat", {"src/server/log.ts": LOG, "src/app/api/run/route.ts": HANDLER})
    assert check(root, "src/server/log.ts") == {(3, "js/security/tainted-log")}


def test_a_package_name_is_not_taken_for_the_conventional_alias(tmp_path):
    root = repository(tmp_path / "chat", {"src/server/log.ts": LOG,
                                          "src/app/api/run/route.ts": HANDLER.replace("~/server/log", "@server/log")})
    assert check(root, "src/server/log.ts") == set()


def test_a_scope_named_as_the_importer_s_own_package_is_followed(tmp_path):
    # OpenCRVS's services import their own modules as `@user-mgnt/...` (`"@user-mgnt/*": ["./src/*"]`), its
    # tsconfig left out: the package directory the importer sits in, its `src/`; a scope that names no
    # directory around the importer (an npm package's, `@server/log`) stays unresolved
    handler = HANDLER.replace("~/server/log", "@user-mgnt/server/log")
    root = repository(tmp_path / "crvs", {"user-mgnt/src/server/log.ts": LOG, "user-mgnt/src/features/run/handler.ts": handler,
                                          "auth/src/server/log.ts": LOG, "auth/src/features/run/handler.ts": handler})
    assert check(root, "user-mgnt/src/server/log.ts") == {(3, "js/security/tainted-log")}
    assert check(root, "auth/src/server/log.ts") == set()


def test_the_conventional_alias_names_nothing_outside_the_workspace(tmp_path):
    # `@/../../x` climbs out of the root: no path outside it is taken for the module
    root = tmp_path / "app"
    (root / "src").mkdir(parents=True)
    aliases = PathAliases(str(root))
    assert aliases.bases(str(root / "src"), "@/lib/log") == [str(root / "src/lib/log"), str(root / "src/src/lib/log"),
                                                              str(root / "lib/log"), str(root / "src/lib/log")]
    assert aliases.bases(str(root / "src"), "@/../../../etc/passwd") == []


NEST_SERVICE = """import * as fs from 'fs';

export class FileService {
  getZip(shareId: string) {
    return fs.createReadStream(`./data/shares/${shareId}/archive.zip`);
  }
}
"""

NEST_CONTROLLER = """import { Controller, Get, Param } from '@nestjs/common';
import { FileService } from 'src/file/file.service';

@Controller('shares')
export class ShareController {
  constructor(private fileService: FileService) {}

  @Get(':id/zip')
  getZip(@Param('id') id: string) {
    return this.fileService.getZip(id);
  }
}
"""


def test_a_name_from_the_project_root_is_followed_where_no_config_names_it(tmp_path):
    # a NestJS backend checked without its tsconfig (`baseUrl: "./"`): `src/file/file.service` is the
    # backend's own module, found from the directory above the importer that holds `src/`
    root = repository(tmp_path / "share", {"backend/src/file/file.service.ts": NEST_SERVICE,
                                           "backend/src/share/share.controller.ts": NEST_CONTROLLER})
    assert check(root, "backend/src/file/file.service.ts") == {(5, "js/security/tainted-path")}


def test_a_package_subpath_is_not_taken_for_the_project_root(tmp_path):
    root = tmp_path / "app"
    (root / "src" / "lib").mkdir(parents=True)
    aliases = PathAliases(str(root))
    assert aliases.bases(str(root / "src" / "routes"), "fs/promises") == []
    assert aliases.bases(str(root / "src" / "routes"), "lib/datasource") == [str(root / "src/lib/datasource")]


SVELTE_CONTROLLER = """export async function createIncident(data) {
  const { title, status = 'OPEN' } = data;
  console.log(`incident created: ${title} [${status}]`);
}
"""

SVELTE_ENDPOINT = """import { json } from '@sveltejs/kit';
import { createIncident } from '$lib/server/controller.js';

export async function POST({ request }) {
  const body = await request.json();
  return json(await createIncident(body));
}
"""


def test_sveltekit_s_lib_alias_is_followed(tmp_path):
    # `$lib/server/controller.js` is the app's `src/lib/server/controller.js`, whether or not a tsconfig
    # is there (SvelteKit's own names `$lib` in the `.svelte-kit/tsconfig.json` it extends, a build output)
    files = {"src/lib/server/controller.js": SVELTE_CONTROLLER, "src/routes/api/incident/+server.js": SVELTE_ENDPOINT}
    root = repository(tmp_path / "kener", files)
    assert check(root, "src/lib/server/controller.js") == {(3, "js/security/tainted-log")}
    root = repository(tmp_path / "kener2", {**files, "tsconfig.json": '{"extends": "./.svelte-kit/tsconfig.json"}'})
    assert check(root, "src/lib/server/controller.js") == {(3, "js/security/tainted-log")}
