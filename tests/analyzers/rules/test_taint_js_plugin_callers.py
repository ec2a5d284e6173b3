"""Modules that read a request as a plugin framework hands it are handlers whose callees are
followed into the project's other modules: Kuzzle's controller actions (`request.getBodyString('url')`
handed to a service) and Haraka's SMTP plugins (a message header, `txn.header.get('X-Folder')`, handed
to a lib's helper that opens a file), jsreport's render listeners (the render request's `req.data` handed to a
fetch helper) and Botkit's features (a user's chat message handed to a tools module), Probot's apps (a webhook's
payload handed to a lib). Before, such a file was not looked at as a caller: the
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


FETCH_DATA = '''const axios = require('axios')

async function fetchRemoteData (url) {
  const { data } = await axios.get(url)
  return data
}

async function fetchAllowedData (url) {
  if (!ALLOWED_HOSTS.includes(new URL(url).hostname)) throw new Error('host')
  const { data } = await axios.get(url)
  return data
}

module.exports = { fetchRemoteData, fetchAllowedData }
'''

RENDER_LISTENER = '''const { fetchRemoteData, fetchAllowedData } = require('../../util/fetchData')

module.exports = (reporter) => {
  reporter.beforeRenderListeners.insert(0, 'custom-data', async (req, res) => {
    const data = req.data || {}
    if (data.$dataUrl) {
      const remote = data.$strict ? await fetchAllowedData(data.$dataUrl) : await fetchRemoteData(data.$dataUrl)
      req.data = { ...data, ...remote }
    }
  })
}
'''

BOT_TOOLS = '''const axios = require('axios');

async function previewLink(url) {
  const res = await axios.get(url);
  return String(res.data).slice(0, 200);
}

async function previewKnown(name) {
  const res = await axios.get(`https://status.example.com/${encodeURIComponent(name)}`);
  return res.data;
}

module.exports = { previewLink, previewKnown };
'''

BOT_FEATURE = '''const tools = require('../lib/tools');

module.exports = function (controller) {
  controller.hears(/^status (\\S+)$/i, 'message', async (bot, message) => {
    await bot.reply(message, await tools.previewKnown(message.matches[1]));
  });

  controller.on('message', async (bot, message) => {
    const link = (message.text || '').match(/https?:\\/\\/\\S+/);
    if (link) await bot.reply(message, await tools.previewLink(link[0]));
  });
};
'''


def test_a_jsreport_render_request_reaches_the_helper_its_listener_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"lib/util/fetchData.js": FETCH_DATA,
                                      "lib/extensions/custom-data/main.js": RENDER_LISTENER}, select="js/security")
    assert "lib/util/fetchData.js:4 tainted-ssrf" in found, found
    assert not any(f.startswith("lib/util/fetchData.js:10 ") for f in found), found  # the allow-listed one


def test_a_botkit_chat_message_reaches_the_tool_a_feature_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"lib/tools.js": BOT_TOOLS, "features/ops.js": BOT_FEATURE}, select="js/security")
    assert "lib/tools.js:4 tainted-ssrf" in found, found
    assert not any(f.startswith("lib/tools.js:9 ") for f in found), found  # a fixed host, the name encoded


SHELL_LIB = '''const { exec } = require('child_process');

exports.runShell = (commandLine) => new Promise((resolve) => exec(commandLine, () => resolve()));
'''

MEDIA_WORKER = '''const { Worker } = require('bullmq');
const { runShell } = require('../lib/shell');

module.exports = new Worker('media', async (job) => {
  const { source, watermark } = job.data;
  await runShell(`ffmpeg -i "${source}" -vf "drawtext=text='${watermark}'" out.mp4`);
});
'''


def test_a_bullmq_job_s_data_reaches_the_lib_its_worker_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"lib/shell.js": SHELL_LIB, "workers/media.worker.js": MEDIA_WORKER},
                           select="js/security")
    assert "lib/shell.js:3 tainted-command" in found, found
    assert not any(f.startswith("workers/") for f in found), found  # the sink's, not the worker's call


PROBOT_APP = '''const { logIssue } = require('./lib/audit');

module.exports = (app) => {
  app.on('issues.opened', async (context) => {
    const { title, user } = context.payload.issue;
    logIssue(user.login, title);
  });
};
'''

PROBOT_AUDIT = '''function logIssue(login, title) {
  console.log(`[issues] ${login} opened "${title}"`);
}

function logIssueJson(login, title) {
  console.log(JSON.stringify({ event: 'issue', login, title }));
}

module.exports = { logIssue, logIssueJson };
'''


def test_a_probot_webhook_payload_reaches_the_lib_its_handler_calls(tmp_path: Path):
    # an issue's title (anyone who can open one wrote it) handed by an `app.on` handler to a lib's log line
    found = taint_findings(tmp_path, {"bot/index.js": PROBOT_APP, "bot/lib/audit.js": PROBOT_AUDIT}, select="js/security")
    assert found == ["bot/lib/audit.js:2 tainted-log"], found
