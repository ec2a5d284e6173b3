"""Request data reaching sinks that JavaScript services spell as options objects or framework fields
(issue 31, blind99): SQL handed under a `query` key (Elasticsearch SQL, ClickHouse) by a route to a lib
module, an Elasticsearch painless script's `source`, moleculer-web's `ctx.meta.$location`, a Moleculer action's `ctx.params`
(what its caller sent, objects too: not a Koa route's path parameters) in a Mongo filter, a line appended
to an audit log file; and the parameters of a pixl-server API method (Cronicle's `api_*(args, callback)`), of
MagicMirror's `socketNotificationReceived(notification, payload)` and of a route builder's handler
(Jitsu's `createRoute().POST({...}).handler(async ({ body }) => ...)`, whose lib module's sink is reached).
A lib module's sink named bare (`import { readdirSync } from 'fs'`) and NeDB's promise API
(`db.findOneAsync({ username })` in a model's static method) are reached from the routes that call them.
Each has a safe twin: values bound beside the statement or the script, a fixed redirect, a logged JSON
value, a Moleculer parameter its schema gives a `pattern`, a name a fixed regular expression matched. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings

pytestmark = pytest.mark.slow  # (each test runs the CLI)

SQL_LIB = """import type { ElasticsearchClient } from '@kbn/core/server';

export async function runSqlByHost(esClient: ElasticsearchClient, host: string) {
  return esClient.sql.query({ query: `SELECT note FROM "notes" WHERE host = '${host}'` });
}

export async function runBoundSql(esClient: ElasticsearchClient, host: string) {
  return esClient.sql.query({ query: 'SELECT note FROM "notes" WHERE host = ?', params: [host] });
}
"""

SQL_ROUTE = """import { schema } from '@kbn/config-schema';
import { runSqlByHost, runBoundSql } from '../lib/sql';

export function registerSearch({ router }) {
  router.post({ path: '/api/notes/search', validate: { body: schema.object({ host: schema.string() }) } },
    async (context, request, response) => {
      const esClient = (await context.core).elasticsearch.client.asCurrentUser;
      const rows = await runSqlByHost(esClient, request.body.host);
      const bound = await runBoundSql(esClient, request.body.host);
      return response.ok({ body: { rows, bound } });
    });
}
"""

CLICKHOUSE = """const express = require('express');
const { createClient } = require('@clickhouse/client');

const clickhouse = createClient({ host: process.env.CLICKHOUSE_URL });
const router = express.Router();
const client = require('./apollo');

router.get('/events', async (req, res) => {
  const rs = await clickhouse.query({ query: `SELECT * FROM events WHERE type = '${req.query.type}'`, format: 'JSONEachRow' });
  res.json(await rs.json());
});

router.get('/events/bound', async (req, res) => {
  const rs = await clickhouse.query({ query: 'SELECT * FROM events WHERE type = {type:String}', query_params: { type: req.query.type } });
  const page = await client.query({ query: gql`query Page($id: ID!) { page(id: $id) { title } }`, variables: { id: req.query.id } });
  res.json({ rows: await rs.json(), page });
});

module.exports = router;
"""

PAINLESS = """export function registerNotes({ router }) {
  router.post({ path: '/api/notes/{id}/field', validate: false }, async (context, request, response) => {
    const esClient = (await context.core).elasticsearch.client.asCurrentUser;
    const { field, value } = request.body;
    await esClient.update({ index: 'notes', id: request.params.id, script: { lang: 'painless', source: `ctx._source.${field} = '${value}'` } });
    return response.ok({ body: {} });
  });

  router.post({ path: '/api/notes/{id}/field_safe', validate: false }, async (context, request, response) => {
    const esClient = (await context.core).elasticsearch.client.asCurrentUser;
    const { field, value } = request.body;
    await esClient.update({ index: 'notes', id: request.params.id, script: { lang: 'painless', source: 'ctx._source[params.f] = params.v', params: { f: field, v: value } } });
    return response.ok({ body: {} });
  });
}
"""

MOLECULER = """module.exports = {
  name: "auth",
  actions: {
    callback: {
      params: { next: { type: "string", optional: true } },
      handler(ctx) {
        const next = ctx.params.next || "/account";
        ctx.meta.$statusCode = 302;
        ctx.meta.$location = next;
      }
    },
    logout: {
      params: { next: { type: "string", optional: true } },
      handler(ctx) {
        ctx.meta.$statusCode = 302;
        ctx.meta.$location = "/";
      }
    }
  }
};
"""

MOLECULER_DB = """const DbService = require("moleculer-db");

module.exports = {
  name: "products",
  mixins: [DbService],
  actions: {
    byFilter: {
      params: { filter: "string" },
      async handler(ctx) {
        const selector = Object.assign({ tenant: ctx.meta.tenant }, JSON.parse(ctx.params.filter));
        return this.adapter.collection.find(selector).toArray();
      }
    },
    byName: {
      async handler(ctx) {
        return this.adapter.find({ query: { name: ctx.params.name }, limit: ctx.params.limit });
      }
    },
    bySku: {
      async handler(ctx) {
        const bySku = await this.adapter.collection.findOne({ sku: String(ctx.params.sku) });
        return bySku || this.adapter.find({ query: { name: String(ctx.params.name) }, limit: ctx.params.limit });
      }
    }
  }
};
"""

NODE_HELPER = """const NodeHelper = require("node_helper");

module.exports = NodeHelper.create({
  socketNotificationReceived(notification, payload) {
    if (notification === "ADD_CALENDAR") this.createFetcher(payload.url);
    if (notification === "PING") this.createFetcher("https://example.com/" + notification);
  },

  createFetcher(url) {
    return fetch(url);
  }
});
"""

JITSU_LIB = """export async function testWebhook(credentials: { url: string }) {
  return fetch(credentials.url, { method: "POST", body: "{}" });
}
"""

JITSU_ROUTE = """import { z } from "zod";
import { createRoute } from "../../lib/api";
import { testWebhook } from "../../lib/server/destinations";

export default createRoute()
  .POST({ auth: true, body: z.object({ credentials: z.object({ url: z.string() }) }) })
  .handler(async ({ body }) => testWebhook(body.credentials))
  .GET({ auth: true })
  .handler(async ({ user }) => testWebhook({ url: `https://hooks.example.com/${user.id}` }))
  .toNextApiHandler();
"""

MOLECULER_FILES = """const fs = require("fs");
const path = require("path");

const CONFIG_NAME = /^[\\w-]{1,64}\\.ya?ml$/;

module.exports = {
  name: "files",
  actions: {
    get: {
      params: { name: { type: "string" } },
      handler(ctx) {
        return fs.createReadStream(path.join("/srv/files", ctx.params.name));
      }
    },
    getChecked: {
      params: { name: { type: "string", pattern: /^[\\w-]+\\.png$/ } },
      handler(ctx) {
        return fs.createReadStream(path.join("/srv/files", ctx.params.name));
      }
    },
    config: {
      handler(ctx) {
        const fileName = ctx.params.file;
        if (CONFIG_NAME.test(fileName)) return fs.createReadStream(path.join("/srv/config", fileName));
        return null;
      }
    }
  }
};
"""

MEDIA_LIB = """import { readdirSync, unlinkSync } from 'fs';
import { resolve, sep } from 'path';

export function listFolder(folder) {
  return readdirSync(folder, { withFileTypes: true }).map((e) => e.name);
}

export function removeMediaFile(relativePath) {
  const root = resolve('/srv/media');
  const target = resolve(root, relativePath);
  if (!target.startsWith(root + sep)) throw new Error('Invalid path');
  unlinkSync(target);
}
"""

USERS_MODEL = """import Datastore from '@seald-io/nedb';

const db = new Datastore({ filename: '/srv/users.db' });

class Users {
  static async lookupUser(username: unknown) {
    return db.findOneAsync({ username: String(username) });
  }

  static async existsRaw(username: unknown) {
    const user = await db.findOneAsync({ username });
    return user != null;
  }
}

export default Users;
"""

LIB_ROUTES = """import express from 'express';
import { join } from 'path';
import Users from '../models/Users';
import { listFolder, removeMediaFile } from '../lib/mediaFolder.js';

const router = express.Router();

router.get('/verify', async (req, res) => {
  const { username } = req.query;
  const exists = await Users.existsRaw(username);
  res.json({ exists, user: await Users.lookupUser(username) });
});

router.get('/media/*', async (req, res) => {
  res.json({ files: listFolder(join('/srv/media', req.params[0])) });
});

router.delete('/media', async (req, res) => {
  removeMediaFile(req.body.path);
  res.end();
});

export default router;
"""

CRONICLE = """var fs = require('fs');
var Tools = require("pixl-tools");

module.exports = {
  api_get_live_log: function(args, callback) {
    var query = Tools.mergeHashes(args.params, args.query);
    var log_file = this.server.config.get('log_dir') + '/jobs/' + query.id + (query.ext || '.log');
    callback("200 OK", {}, fs.createReadStream(log_file));
  },

  api_user_login: function(args, callback) {
    var username = args.params.username || '';
    fs.appendFileSync(this.audit_log_file, "[login][failure] user=" + username + "\\n");
    fs.appendFileSync(this.audit_log_file, "[login][success] " + JSON.stringify({ user: username }) + "\\n");
    callback({ code: 0 });
  },

  jobLogPath: function(args) {
    return fs.createReadStream('/var/log/jobs/' + args.query.id + '.log');
  }
};
"""


def test_sql_under_a_query_key_is_reported_where_a_lib_runs_it(tmp_path: Path):
    found = taint_findings(tmp_path, {"server/lib/sql.ts": SQL_LIB, "server/routes/search.ts": SQL_ROUTE,
                                      "server/events.js": CLICKHOUSE}, select="js/security")
    assert "server/lib/sql.ts:4 tainted-sql" in found, found
    assert "server/events.js:9 tainted-sql" in found, found
    # values bound beside the statement, a GraphQL client's query document: nothing
    assert [f for f in found if f not in {"server/lib/sql.ts:4 tainted-sql", "server/events.js:9 tainted-sql"}] == []


def test_a_painless_script_built_from_the_request_is_code_injection(tmp_path: Path):
    found = taint_findings(tmp_path, {"server/routes/notes.ts": PAINLESS}, select="js/security")
    assert [f for f in found if f.endswith("tainted-code")] == ["server/routes/notes.ts:4 tainted-code"], found


def test_a_moleculer_action_s_location_is_an_open_redirect(tmp_path: Path):
    found = taint_findings(tmp_path, {"services/auth.service.js": MOLECULER}, select="js/security")
    assert found == ["services/auth.service.js:9 tainted-redirect"], found


def test_a_moleculer_action_s_params_reach_a_mongo_filter(tmp_path: Path):
    found = taint_findings(tmp_path, {"services/products.service.js": MOLECULER_DB}, select="js/security")
    # a parsed filter merged into the selector, a name in moleculer-db's `query`; not its `limit`, nor strings
    assert found == ["services/products.service.js:11 tainted-nosql", "services/products.service.js:16 tainted-nosql"], found


def test_a_node_helper_s_socket_payload_reaches_its_method_s_fetch(tmp_path: Path):
    found = taint_findings(tmp_path, {"modules/calendar/node_helper.js": NODE_HELPER}, select="js/security")
    assert found == ["modules/calendar/node_helper.js:10 tainted-ssrf"], found


def test_a_route_builder_s_body_reaches_the_lib_it_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"lib/server/destinations.ts": JITSU_LIB, "pages/api/test.ts": JITSU_ROUTE},
                           select="js/security")
    assert found == ["lib/server/destinations.ts:2 tainted-ssrf"], found


def test_a_moleculer_parameter_matched_by_its_schema_s_pattern_is_clean(tmp_path: Path):
    found = taint_findings(tmp_path, {"services/files.service.js": MOLECULER_FILES}, select="js/security")
    # the unchecked name; not the one the schema's pattern or a fixed regular expression matched
    assert found == ["services/files.service.js:12 tainted-path"], found


def test_bare_fs_names_and_nedb_s_promise_api_are_reached_from_the_routes(tmp_path: Path):
    found = taint_findings(tmp_path, {"server/lib/mediaFolder.js": MEDIA_LIB, "server/models/Users.ts": USERS_MODEL,
                                      "server/routes/api.ts": LIB_ROUTES}, select="js/security")
    # not the name made a string, nor the path kept under its root
    assert sorted(found) == ["server/lib/mediaFolder.js:5 tainted-path", "server/models/Users.ts:11 tainted-nosql"], found


def test_a_pixl_server_api_method_s_parameters_reach_its_sinks(tmp_path: Path):
    found = taint_findings(tmp_path, {"lib/api/job.js": CRONICLE}, select="js/security")
    # the API method's path (from where it is built) and its audit line; not the JSON-encoded line, nor a method that is no API's
    assert sorted(found) == ["lib/api/job.js:13 tainted-log", "lib/api/job.js:6 tainted-path"], found
