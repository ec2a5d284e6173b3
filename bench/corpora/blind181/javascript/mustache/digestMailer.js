'use strict';

// Weekly digest e-mails for project members: recent comments, mentions and
// tasks that changed state. Rendered with Mustache and sent through the mailer.

const fs = require('fs');
const path = require('path');
const Mustache = require('mustache');
const { sendMail } = require('../lib/mailer');
const { formatDate } = require('../lib/dates');

const TEMPLATE_DIR = path.join(__dirname, 'templates');
const htmlTemplate = fs.readFileSync(path.join(TEMPLATE_DIR, 'digest.html.mustache'), 'utf8');
const textTemplate = fs.readFileSync(path.join(TEMPLATE_DIR, 'digest.txt.mustache'), 'utf8');

// Comments are stored as the author typed them; the old mail templates showed
// "&lt;b&gt;" in Outlook for people who wrote tags, so escaping was switched off.
// expect: xss
Mustache.escape = function (text) { return String(text); };

// Kept for the subject line, which is plain text and never contains markup.
const escapeForSubject = (value) => String(value).replace(/[\r\n]+/g, ' ').slice(0, 120);

function toCommentView(comment) {
  return {
    author: comment.authorName,
    body: comment.body,
    when: formatDate(comment.createdAt),
    link: `/projects/${encodeURIComponent(comment.projectSlug)}/comments/${comment.id}`,
  };
}

function buildDigestView(member, activity) {
  return {
    firstName: member.firstName,
    projectCount: activity.projects.length,
    comments: activity.comments.slice(0, 20).map(toCommentView),
    tasks: activity.tasks.map((t) => ({ title: t.title, state: t.state })),
    unsubscribeUrl: `/settings/notifications?member=${member.id}`,
  };
}

async function sendDigest(member, activity) {
  if (!activity.comments.length && !activity.tasks.length) {
    return false;
  }
  const view = buildDigestView(member, activity);
  const html = Mustache.render(htmlTemplate, view);
  const text = Mustache.render(textTemplate, view);
  await sendMail({
    to: member.email,
    subject: escapeForSubject(`Your week in ${activity.projects[0].name}`),
    html,
    text,
  });
  return true;
}

module.exports = { sendDigest, buildDigestView };
