'use strict';

// Saved search filters for the job board. Filters used to be stored in a
// cookie by the old PHP site; the Node rewrite still reads that cookie.

const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const { searchJobs } = require('./search');

const app = express();
app.use(cookieParser());
app.use(express.json());

const DEFAULT_FILTERS = { remote: false, level: 'any', tags: [] };

app.get('/jobs', async function listJobs(req, res) {
  let filters = DEFAULT_FILTERS;
  if (req.cookies.savedFilters) {
    // expect: deserialization
    filters = serialize.unserialize(Buffer.from(req.cookies.savedFilters, 'base64').toString('utf8'));
  }
  res.json(await searchJobs(filters));
});

app.post('/jobs/filters', function saveFilters(req, res) {
  const filters = {
    remote: Boolean(req.body.remote),
    level: ['junior', 'mid', 'senior'].includes(req.body.level) ? req.body.level : 'any',
    tags: Array.isArray(req.body.tags) ? req.body.tags.slice(0, 10).map(String) : [],
  };
  res.cookie('filters', JSON.stringify(filters), { httpOnly: true, sameSite: 'lax' });
  res.status(204).end();
});

app.get('/jobs/v2', async function listJobsV2(req, res) {
  let filters = DEFAULT_FILTERS;
  try {
    filters = { ...DEFAULT_FILTERS, ...JSON.parse(req.cookies.filters || '{}') };
  } catch (err) {
    filters = DEFAULT_FILTERS;
  }
  res.json(await searchJobs(filters));
});

app.get('/jobs/export-filters', function exportFilters(req, res) {
  // writing is harmless; only reading the old format runs code
  res.type('text/plain').send(serialize.serialize(DEFAULT_FILTERS));
});

module.exports = app;
