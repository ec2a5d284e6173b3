#!/usr/bin/env node
'use strict';

const shell = require('shelljs');
const { quote } = require('shell-quote');
const yargs = require('yargs');

var BUILD_CMD = "npm run build";
const argv = yargs.option('branch', { type: 'string' }).option('tag', { type: 'string' }).argv;

shell.set('-e');
shell.config.fatal = true;

function checkout(branch) {
  // expect: command-injection
  shell.exec(`git fetch origin ${branch} && git checkout ${branch}`);
}

function tagRelease(tag, message) {
  const cmd = 'git tag -a ' + tag + ' -m "' + message + '"';
  // expect: command-injection
  const result = shell.exec(cmd, { silent: true });
  if (result.code !== 0) shell.echo(result.stderr);
}

function publish(registry, done) {
  // expect: command-injection
  shell.exec('npm publish --registry ' + registry, { async: true }, (code, stdout, stderr) => done(code, stderr));
}

class Notifier {
  constructor(sh, webhook) {
    this.sh = sh;
    this.webhook = webhook;
  }

  send(text) {
    // expect: command-injection
    return this.sh.exec(`curl -s -X POST -d 'text=${text}' ${this.webhook}`, { silent: true });
  }
}

function build() {
  // Safe: a constant command.
  shell.exec(BUILD_CMD);
  shell.exec('npm test -- --ci', { silent: false });
}

function deleteBranch(branch) {
  // Safe: the branch name is shell-quoted.
  shell.exec('git push origin --delete ' + quote([branch]));
}

checkout(argv.branch || 'main');
build();
if (argv.tag) {
  tagRelease(argv.tag, process.env.RELEASE_NOTES || 'release');
  publish(process.env.NPM_REGISTRY || 'https://registry.npmjs.org', (code) => process.exit(code));
  new Notifier(shell, process.env.SLACK_WEBHOOK).send(`Released ${argv.tag}`);
  deleteBranch(`release/${argv.tag}`);
}
