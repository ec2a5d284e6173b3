"""A method's bare name does not call it: `getPodcastFeed(url)` inside Audiobookshelf's `async
getPodcastFeed(req, res)` calls the function the module imports (a method is called through an object,
`this.getPodcastFeed(...)`), so the request data it passes does not reach the method's own parameters
(issue 31, blind99: a log line of `req.user.username` above it was reported as fed by `req.body.rssFeed`
from a later line). The imported function's own sink is still reached. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings

pytestmark = pytest.mark.slow  # (each test runs the CLI)

FEED_UTILS = """const axios = require('axios')

async function getPodcastFeed(feedUrl) {
  const res = await axios.get(feedUrl)
  return res.data
}

module.exports = { getPodcastFeed }
"""

CONTROLLER = """const Logger = require('../Logger')
const { getPodcastFeed } = require('../utils/podcastUtils')

class PodcastController {
  async getPodcastFeed(req, res) {
    if (!req.user.isAdminOrUp) {
      Logger.error(`Non-admin user "${req.user.username}" attempted to get podcast feed`)
      return res.sendStatus(403)
    }
    const podcast = await getPodcastFeed(req.body.rssFeed)
    res.json({ podcast })
  }
}
module.exports = new PodcastController()
"""


def test_a_method_calling_an_imported_function_of_its_name_does_not_feed_itself(tmp_path: Path):
    found = taint_findings(tmp_path, {"server/utils/podcastUtils.js": FEED_UTILS,
                                      "server/controllers/PodcastController.js": CONTROLLER}, select="js/security")
    # the feed's fetch; not the admin check's log line
    assert found == ["server/utils/podcastUtils.js:4 tainted-ssrf"], found

