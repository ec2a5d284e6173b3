"""Modules that read a request as a plugin framework hands it are handlers whose callees are
followed into the project's other modules: Kuzzle's controller actions (`request.getBodyString('url')`
handed to a service) and Haraka's SMTP plugins (a message header, `txn.header.get('X-Folder')`, handed
to a lib's helper that opens a file). Before, such a file was not looked at as a caller: the
service's or the lib's sink was never reached. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

IMPORTER = '''export class RemoteImporter {
  async pull(source: string) {
    const res = await fetch(source);
    return res.json();
  }
}
'''

KUZZLE_CONTROLLER = '''import { Backend, Controller, KuzzleRequest } from 'kuzzle';
import { RemoteImporter } from '../services/RemoteImporter';

export class ImportController extends Controller {
  private importer: RemoteImporter;

  constructor(app: Backend) {
    super(app);
    this.importer = new RemoteImporter();
    this.definition = { actions: { pull: { handler: this.pull, http: [{ verb: 'post', path: 'imports/_pull' }] } } };
  }

  async pull(request: KuzzleRequest) {
    return this.importer.pull(request.getBodyString('source'));
  }
}
'''


ARCHIVE = '''const fs = require('fs');

exports.open = (file) => fs.createWriteStream(file);
'''

ARCHIVE_PLUGIN = '''const path = require('path');
const archive = require('../lib/archive');

exports.register = function () {
    this.register_hook('queue', 'archive_message');
};

exports.archive_message = function (next, connection) {
    const txn = connection.transaction;
    const folder = txn.header.get('X-Archive-Folder').trim() || 'inbox';
    txn.message_stream.pipe(archive.open(path.join('/var/spool/archive', folder, `${txn.uuid}.eml`)));
    next();
};
'''


def test_a_kuzzle_action_s_arguments_reach_the_service_it_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"lib/services/RemoteImporter.ts": IMPORTER,
                                      "lib/controllers/ImportController.ts": KUZZLE_CONTROLLER}, select="js/security")
    assert "lib/services/RemoteImporter.ts:3 tainted-ssrf" in found, found


def test_a_haraka_plugin_s_header_reaches_the_lib_it_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"lib/archive.js": ARCHIVE, "plugins/queue.archive.js": ARCHIVE_PLUGIN},
                           select="js/security")
    assert "lib/archive.js:3 tainted-path" in found, found
