"""Handlers whose request reading the callers' gate (taint_callers.HANDLES) did not know, though the
rules' sources do: a graphql-js field's `resolve(_, args, req)` (Open Collective's v2 mutations and
collection queries, written as field configs, not a `Mutation: {...}` map) and a Node `http` handler that
reads the body from its `data` events (Zenko CloudServer's bucket APIs). They hand the argument to a
helper of another module; the helper's sink is the finding, not the call. Before, the helper was fed
nothing and the call was reported instead. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

IMAGE_MUTATION = '''import { GraphQLNonNull, GraphQLString } from 'graphql';

import { fetchAndStoreImage } from '../../lib/images';

const accountImageMutations = {
  setAccountImage: {
    type: GraphQLString,
    args: { imageUrl: { type: new GraphQLNonNull(GraphQLString) } },
    async resolve(_, args, req) {
      return fetchAndStoreImage(args.imageUrl);
    },
  },
};

export default accountImageMutations;
'''

IMAGES = '''export async function fetchAndStoreImage(url) {
  const response = await fetch(url, { redirect: 'follow' });
  return response.ok ? url : null;
}
'''

NOTIFICATION_API = '''const { sendTestEvent } = require('../notification/send');

module.exports = function bucketPutNotification(request, log, callback) {
    let body = '';
    request.on('data', chunk => { body += chunk; });
    request.on('end', () => {
        const config = JSON.parse(body);
        return sendTestEvent(config.endpoint).then(() => callback());
    });
};
'''

SEND = '''async function sendTestEvent(endpoint) {
    return fetch(endpoint, { method: 'POST', body: '{}' });
}

module.exports = { sendTestEvent };
'''


def test_a_graphql_field_resolver_s_arguments_reach_the_helper_it_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"server/graphql/mutation/AccountImageMutations.js": IMAGE_MUTATION,
                                      "server/lib/images.js": IMAGES}, select="js/security")
    assert found == ["server/lib/images.js:2 tainted-ssrf"], found


def test_a_node_http_handler_s_streamed_body_reaches_the_helper_it_calls(tmp_path: Path):
    found = taint_findings(tmp_path, {"lib/api/bucketPutNotification.js": NOTIFICATION_API,
                                      "lib/notification/send.js": SEND}, select="js/security")
    assert found == ["lib/notification/send.js:2 tainted-ssrf"], found
