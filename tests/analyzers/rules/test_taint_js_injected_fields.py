"""A TypeScript class whose services a dependency-injection container puts in decorated fields
(TypeDI's and Midway's `@Inject() files: FileStore;`, FoalTS's `@dependency files: FileStore;`,
the decorator on the field's line or just above it) calls them as `this.files.read(name)`: the
field's class is known, so the method is followed into the service's module and the sink
reported there, once (not at the controller's call), and a caller that cleans the name first
leaves the service's sink quiet. Before, only a constructor's parameter property (`private
files: FileStore`) named a field's class. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings

STORE = '''import * as fs from 'fs';
import * as path from 'path';

export class FileStore {
  read(name: string) {
    return fs.readFileSync(path.join('/srv/files', name));
  }

  readClean(name: string) {
    return fs.readFileSync(path.join('/srv/files', name));
  }
}
'''

CONTROLLER = '''import { Get, JsonController, Req } from 'routing-controllers';
import { Inject } from 'typedi';
import type { Request } from 'express';
import * as path from 'path';
import { FileStore } from '../services/FileStore';

@JsonController('/files')
export class FilesController {
  FIELD

  @Get('/raw')
  raw(@Req() req: Request) {
    return this.files.read(String(req.query.name));
  }

  @Get('/clean')
  clean(@Req() req: Request) {
    return this.files.readClean(path.basename(String(req.query.name)));
  }
}
'''

FIELDS = {
    "inject-above": "@Inject()\n  files!: FileStore;",
    "dependency-same-line": "@dependency files: FileStore;",
}


@pytest.mark.parametrize("field", FIELDS.values(), ids=FIELDS.keys())
def test_a_service_in_a_decorated_field_is_followed_into_its_module(tmp_path: Path, field: str):
    found = taint_findings(tmp_path, {"src/services/FileStore.ts": STORE,
                                      "src/controllers/FilesController.ts": CONTROLLER.replace("FIELD", field)},
                           select="js/security")
    assert found == ["src/services/FileStore.ts:6 tainted-path"], found
