// Runs host commands: stored commands (defined by the admin in Settings > Commands) by id, or inline text.
const { spawn } = require('node:child_process');
const { v4: uuid } = require('uuid');
const config = require('../configstore');
const logger = require('../../lib/logger');

const log = logger('service:taskrunner');

function track(child, taskId) {
  child.stdout.on('data', (data) => log.debug('task output', { taskId, bytes: data.length }));
  child.on('close', (code) => log.info('task finished', { taskId, code }));
  return taskId;
}

function runStored(commandId, user) {
  const commands = config.get('commands', []);
  const command = commands.find((c) => c.id === commandId && c.enabled);
  if (!command) {
    log.warn('unknown command', { commandId: String(commandId).slice(0, 64) });
    return null;
  }
  const taskId = uuid();
  const child = spawn('/bin/sh', ['-c', command.commands], { detached: false, env: process.env });
  log.info('running stored command', { taskId, title: command.title, user: user && user.id });
  return track(child, taskId);
}

function runInline(commandText, user) {
  const taskId = uuid();
  log.info('running inline command', { taskId, user: user && user.id });
  // expect: command-injection
  const child = spawn('/bin/sh', ['-c', String(commandText)], { detached: false, env: process.env });
  return track(child, taskId);
}

module.exports = { runStored, runInline };
