"""A JavaScript/TypeScript class keeps the services it calls as fields made where the class is
written (`private readonly storage = new DocStorage()`, `media = new MediaCore(root)`) or in its
constructor (`this.reports = new ReportService(app)`), and its route handlers call them
(`this.storage.fetchRecords(req.params.docId, req.query.sort)`): the field's class is known, so
the method the call runs is followed into its module and its sink reported there. Before, only a
constructor's typed parameter property (`private users: UsersService`) named a field's class.
Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings

STORAGE = '''import * as sqlite3 from 'sqlite3';

export class DocStorage {
  public fetchRecords(tableId: string, sort: string): Promise<any[]> {
    const db = new sqlite3.Database('/persist/docs.db', sqlite3.OPEN_READONLY);
    return new Promise((resolve, reject) => {
      db.all(`SELECT * FROM records WHERE table_id = ? ORDER BY ${sort}`, [tableId], (err, rows) => err ? reject(err) : resolve(rows));
    });
  }
}
'''

DOC_API = '''import * as express from 'express';
import {DocStorage} from './DocStorage';

export class DocWorkerApi {
  private readonly _storage = new DocStorage();

  constructor(private _app: express.Application) {}

  public addEndpoints() {
    this._app.get('/api/docs/:docId/records', async (req, res) => {
      res.json(await this._storage.fetchRecords(req.params.docId, req.query.sort as string));
    });
  }
}
'''

MEDIA = '''const fs = require('fs');
const path = require('path');

class MediaStore {
  constructor(root) {
    this.root = root;
  }

  readClip(name) {
    return fs.promises.readFile(path.join(this.root, 'clips', name));
  }
}

module.exports = { MediaStore };
'''

MEDIA_ROUTES = '''const express = require('express');
const { MediaStore } = require('./media-store');

class MediaRoutes {
  media = new MediaStore('/srv/media');

  register(app) {
    app.get('/media/:name', async (req, res) => {
      res.send(await this.media.readClip(req.params.name));
    });
  }
}

module.exports = { MediaRoutes };
'''

ARCHIVE_ROUTES = '''const express = require('express');
const { MediaStore } = require('./media-store');

class ArchiveRoutes {
  constructor() {
    this.archive = new MediaStore('/srv/archive');
  }

  register(app) {
    app.get('/archive/:name', async (req, res) => {
      res.send(await this.archive.readClip(req.query.file));
    });
  }
}

module.exports = { ArchiveRoutes };
'''

def test_a_field_made_from_a_class_is_followed_into_the_class_s_module(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/DocStorage.ts": STORAGE, "app/DocApi.ts": DOC_API}, select="js/security")
    assert "app/DocStorage.ts:7 tainted-sql" in found, found


@pytest.mark.parametrize("routes", [MEDIA_ROUTES, ARCHIVE_ROUTES], ids=["class-field", "constructor"])
def test_a_javascript_field_made_from_a_class_is_followed(tmp_path: Path, routes: str):
    found = taint_findings(tmp_path, {"media/media-store.js": MEDIA, "media/routes.js": routes}, select="js/security")
    assert "media/media-store.js:10 tainted-path" in found, found


FILE_STORAGE = '''import fs from 'fs/promises';
import path from 'path';

export class FileStorage {
  constructor(private root = process.env.STORAGE_LOCATION || '/srv/files') {}

  async get(file: string): Promise<Buffer> {
    return fs.readFile(path.join(this.root, file));
  }
}

export const storage = new FileStorage();
'''

ATTACHMENTS = '''import { Router } from 'express';
import { storage } from '../util/Storage';

const router = Router();

router.get('/:channel_id/:filename', async (req, res) => {
  const { channel_id, filename } = req.params;
  res.send(await storage.get(`attachments/${channel_id}/${filename}`));
});

export default router;
'''


def test_an_exported_instance_s_method_reports_its_sink_where_it_is(tmp_path: Path):
    # `export const storage = new FileStorage()` imported by a route: the method's sink is reported in
    # the class's module, once (not again at the route's call)
    found = taint_findings(tmp_path, {"src/util/Storage.ts": FILE_STORAGE, "src/cdn/attachments.ts": ATTACHMENTS},
                           select="js/security")
    assert found == ["src/util/Storage.ts:8 tainted-path"], found


LOCAL = '''import { writeFile } from 'fs/promises';
import { join, basename } from 'path';

export class Local {
  constructor(public path: string) {}

  public async put(file: string, data: Buffer): Promise<void> {
    await writeFile(join(this.path, file), data);
  }

  public async putSafe(file: string, data: Buffer): Promise<void> {
    await writeFile(join(this.path, basename(file)), data);
  }
}
'''

DATASOURCE = '''import { Local } from './Local';

export const datasource = new Local(process.env.DATASOURCE_DIR || '/srv/uploads');
'''

UPLOAD = '''import { FastifyInstance } from 'fastify';
import { datasource } from '../../lib/datasource';

export default async function uploadRoute(server: FastifyInstance) {
  server.post('/api/upload', async (req, reply) => {
    const name = req.headers['x-filename'] as string;
    if (req.query.safe) {
      await datasource.putSafe(name, Buffer.from('x'));
    } else {
      await datasource.put(name, Buffer.from('x'));
    }
    return reply.send({ name });
  });
}
'''


def test_an_instance_another_module_makes_of_the_class_is_followed(tmp_path: Path):
    # Zipline's datasource: `lib/datasource/index.ts` makes the `Local` of `./Local` and exports it; a
    # route calls `datasource.put(name, data)` with a header: the sink is `Local.put`'s (`putSafe` keeps the base name)
    found = taint_findings(tmp_path, {"src/lib/datasource/Local.ts": LOCAL, "src/lib/datasource/index.ts": DATASOURCE,
                                      "src/server/routes/upload.ts": UPLOAD}, select="js/security")
    assert found == ["src/lib/datasource/Local.ts:8 tainted-path"], found
