'use strict';

// Pug sources for the forum thread page, kept as line arrays so the theme
// builder can splice partner blocks in before compiling them with pug.compile.

const pug = require('pug');
const { renderMarkdown } = require('../markdown/renderSafe');

const POST_LINES = [
  'article.post(id="post-" + post.id)',
  '  header.post-header',
  '    a.author(href="/members/" + post.author.id)= post.author.name',
  '    time(datetime=post.createdAt)= post.createdLabel',
  '  h2.post-title= post.title',
  // the body is stored exactly as the member typed it in the old HTML editor
  // expect: xss
  '  div.post-body!= post.bodyHtml',
  '  if post.renderedBody',
  '    div.post-rendered!= post.renderedBody',
  '  footer.post-footer',
  '    span.likes #{post.likeCount} likes',
  '    p.signature #{post.author.signature}',
];

const THREAD_LINES = [
  'section.thread',
  '  h1= thread.subject',
  '  p.meta Started by #{thread.starter.name} in #{thread.boardName}',
  '  div.legal!= legalFooterHtml',
  '  each post in thread.posts',
  '    include:post',
];

function compileThread(legalFooterHtml) {
  const post = pug.compile(POST_LINES.join('\n'));
  const thread = pug.compile(THREAD_LINES.join('\n').replace('    include:post', ''));
  return function renderThread(threadData) {
    const posts = threadData.posts.map((p) =>
      post({ post: { ...p, renderedBody: p.markdown ? renderMarkdown(p.markdown) : null } })
    );
    return thread({ thread: threadData, legalFooterHtml }) + posts.join('');
  };
}

function legalFooter(config) {
  // built from our own config values only
  return '<small>&copy; ' + Number(config.year) + ' ' + config.companyName + '</small>';
}

module.exports = { compileThread, legalFooter, POST_LINES, THREAD_LINES };
