"""Calls that look like a taint rule's sink but take no markup or SQL text: a full-text search service's
`query(term, options)` (the term is a search string, not a statement), and a jQuery element given its text
with `.text(value)` and then appended (jQuery sets the text node; nothing is parsed as HTML). The real sinks
beside them are still reported. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

SEARCH_ROUTES = '''const express = require('express');
const searchService = require('./services/search');
const db = require('./db');

const router = express.Router();

router.get('/find', async (req, res) => {
  const found = await searchService.query(req.query.term, { size: 25, fuzzy: true });
  res.json(found);
});

router.get('/by-owner', async (req, res) => {
  const rows = await db.query("SELECT * FROM docs WHERE owner = '" + req.query.owner + "'");
  res.json(rows);
});

module.exports = router;
'''

CHAT_WIDGET = '''/* global $, io */
const roomSocket = io('/rooms');
const $feed = $('#feed');

function renderLine(line) {
  const $row = $('<div class="line"></div>');
  $row.append($('<strong></strong>').text(line.nick));
  $row.append($('<span></span>').text(line.body));
  return $row;
}

roomSocket.on('line', (line) => {
  $feed.append(renderLine(line));
});

roomSocket.on('announcement', (note) => {
  $feed.append('<div class="note">' + note.markup + '</div>');
});
'''


def test_a_search_service_query_is_not_a_sql_sink(tmp_path: Path):
    found = taint_findings(tmp_path, {"routes/docs.js": SEARCH_ROUTES}, select="js/security")
    assert found == ["routes/docs.js:13 tainted-sql"], found


def test_an_element_given_its_text_is_appended_as_text(tmp_path: Path):
    found = taint_findings(tmp_path, {"public/js/rooms.js": CHAT_WIDGET}, select="js/security")
    assert found == ["public/js/rooms.js:17 tainted-xss"], found
