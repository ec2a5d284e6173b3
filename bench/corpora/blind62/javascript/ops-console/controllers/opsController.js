'use strict';

const git = require('../services/git');
const docker = require('../services/docker');
const network = require('../services/network');
const { queue } = require('../services/jobs');

const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

exports.commits = asyncHandler(async (req, res) => {
  res.type('text/plain').send(await git.recentCommits(req.params.repo, req.query.n));
});

exports.deploy = asyncHandler(async (req, res) => {
  const { ref = 'main' } = req.body;
  const out = await git.checkout(req.params.repo, ref);
  res.type('text/plain').send(out);
});

exports.deploySafe = asyncHandler(async (req, res) => {
  res.type('text/plain').send(await git.checkoutSafe(req.params.repo, String(req.body.ref || 'main')));
});

exports.containerLogs = asyncHandler(async (req, res) => {
  res.type('text/plain').send(await docker.logs(req.params.name, req.query.tail));
});

exports.containerExec = (req, res) => {
  res.type('text/plain');
  docker.execIn(req.params.name, req.body.command, res);
};

exports.stats = asyncHandler(async (req, res) => {
  res.type('text/plain').send(await docker.stats(req.query.format));
});

exports.ping = asyncHandler(async (req, res) => {
  const host = req.query.host || 'localhost';
  res.type('text/plain').send(await network.ping(host));
});

exports.pingSafe = asyncHandler(async (req, res) => {
  res.type('text/plain').send(await network.pingSafe(String(req.query.host || 'localhost')));
});

exports.pingQuick = asyncHandler(async (req, res) => {
  res.type('text/plain').send(await network.pingLegacyAware(req.query.host || 'localhost'));
});

exports.backup = (req, res) => {
  const job = queue.enqueue('backup', { database: req.body.database, label: req.body.label }, req.operator);
  res.status(202).json({ id: job.id });
};

exports.backupKnown = (req, res) => {
  const job = queue.enqueue('backup-known', { database: req.body.database }, req.operator);
  res.status(202).json({ id: job.id });
};

exports.prune = (req, res) => {
  const job = queue.enqueue('prune', { days: req.body.days }, req.operator);
  res.status(202).json({ id: job.id });
};

exports.jobs = (req, res) => {
  res.json(queue.history.slice(-50));
};
