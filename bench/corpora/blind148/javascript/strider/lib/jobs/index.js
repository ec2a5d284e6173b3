'use strict';

const path = require('path');
const { exec, spawn } = require('child_process');
const debug = require('debug')('strider:jobs');
const Job = require('../models').Job;
const config = require('../config');

const queue = [];
let running = false;

function enqueue (project, options) {
  const job = new Job({ project: project.name, type: options.type, ref: { branch: options.branch }, trigger: { author: options.user } });
  job.save(function () {
    queue.push({ job, project, options });
    setImmediate(drain);
  });
}

function drain () {
  if (running || queue.length === 0) return;
  running = true;
  const { job, project, options } = queue.shift();
  const dir = path.join(config.dataDir, 'workspaces', String(job._id));
  const done = function (err) {
    debug('job %s finished (%s)', job._id, err ? 'error' : 'ok');
    running = false;
    setImmediate(drain);
  };
  if (project.provider.id === 'github') {
    const child = spawn('git', ['clone', '--depth', '1', '--branch', options.branch, '--', project.provider.config.url, dir]);
    return child.on('close', (code) => done(code === 0 ? null : new Error('clone failed')));
  }
  // expect: command-injection
  exec('git clone --depth 1 --branch ' + options.branch + ' ' + project.provider.config.url + ' ' + dir, done);
}

module.exports = { enqueue, drain };
