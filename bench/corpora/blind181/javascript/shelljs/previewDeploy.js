#!/usr/bin/env node
'use strict';

// Preview deployments: the CI bot calls this with the pull request's branch
// name and title (both typed by the PR author) to build and publish a preview.

const shell = require('shelljs');
const path = require('path');

shell.set('-e');

const WORKDIR = '/srv/previews';
const SAFE_SLUG = /^[a-z0-9-]{1,40}$/;

function slugify(text) {
  return String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

function currentCommit() {
  return shell.exec('git rev-parse --short HEAD', { silent: true }).stdout.trim();
}

function checkout(branch) {
  // expect: command-injection
  shell.exec(`git fetch origin ${branch} && git checkout -B preview origin/${branch}`);
}

function build(slug) {
  if (!SAFE_SLUG.test(slug)) {
    throw new Error(`bad slug: ${slug}`);
  }
  shell.exec(`npm ci && PREVIEW_SLUG=${slug} npm run build`, { silent: false });
  shell.mkdir('-p', path.join(WORKDIR, slug));
  shell.cp('-R', 'dist/*', path.join(WORKDIR, slug));
}

function announce(prTitle, slug) {
  // expect: command-injection
  shell.exec('./scripts/notify-chat.sh "Preview ready: ' + prTitle + ' -> https://' + slug + '.preview.example.dev"');
}

function cleanOld() {
  shell.exec('find /srv/previews -maxdepth 1 -mtime +14 -exec rm -rf {} +', { silent: true });
}

function main(argv) {
  const [branch, prTitle] = argv;
  if (!branch) {
    shell.echo('usage: previewDeploy <branch> [title]');
    shell.exit(2);
  }
  checkout(branch);
  const slug = slugify(branch);
  build(slug);
  announce(prTitle || branch, slug);
  cleanOld();
  shell.echo(`deployed ${currentCommit()} to ${slug}`);
}

main(process.argv.slice(2));
