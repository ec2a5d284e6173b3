"""A TypeScript namespace's function called by its qualified name from another module (opencode's `File.read(
c.req.valid("query").path)` of `export namespace File { export async function read(file: string) ... }`) is
followed into: the namespace's module learns what its caller passes and reports its sink (issue 31: blind168's
opencode file read). A namespace function handed fixed text stays quiet. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

FILE_TS = """import path from "path"
import { readFile } from "fs/promises"

export namespace File {
  export function root() {
    return process.cwd()
  }

  export async function read(file: string) {
    return readFile(path.join(root(), file), "utf8")
  }

  export async function readme() {
    return readFile(path.join(root(), "README.md"), "utf8")
  }
}
"""

SERVER_TS = """import { Hono } from "hono"
import { File } from "../file"

export const app = new Hono()
app.get("/file", async (c) => c.json({ content: await File.read(c.req.query("path") ?? "") }))
app.get("/readme", async (c) => c.json({ content: await File.readme() }))
"""


def test_a_namespace_function_its_importer_calls_is_followed(tmp_path: Path):
    found = taint_findings(tmp_path, {"src/file/index.ts": FILE_TS, "src/server/server.ts": SERVER_TS}, select="js/security")
    assert found == ["src/file/index.ts:10 tainted-path"], found
