'use strict';

// Pug templates of the comments widget, kept as line arrays and compiled at start-up.
const pug = require('pug');

const threadTemplate = [
  'div.thread',
  '  h3= thread.title',
  '  each comment in thread.comments',
  '    article.comment',
  '      header',
  '        span.author= comment.author',
  '        time(datetime=comment.createdAt)= comment.createdLabel',
  // expect: xss
  '      div.body!= comment.bodyHtml',
  '      footer',
  '        a(href="/comments/" + comment.id + "/reply") Reply',
].join('\n');

const profileTemplate = [
  'section.profile',
  '  h2 #{user.displayName}',
  // expect: xss
  '  p.bio !{user.bio}',
  '  p.location= user.location',
].join('\n');

const noticeTemplate = [
  'div.notice',
  '  p #{notice.text}',
  // expect: xss
  '  div.details!= notice.detailsMarkup',
  '  div.footer!= footerHtml',
].join('\n');

const renderThread = pug.compile(threadTemplate);
const renderProfile = pug.compile(profileTemplate);
const renderNotice = pug.compile(noticeTemplate);

// footerHtml is a constant of this module, not user data.
const footerHtml = '<small>&copy; Example Ltd</small>';

function thread(data) {
  return renderThread({ thread: data });
}

function profile(user) {
  return renderProfile({ user });
}

function notice(n) {
  return renderNotice({ notice: n, footerHtml });
}

module.exports = { thread, profile, notice };
