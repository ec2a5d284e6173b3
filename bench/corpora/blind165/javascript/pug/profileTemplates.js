// Pug templates of the community profile pages, compiled once at start-up.
// Each template is kept as an array of lines; `bioHtml` is produced by our sanitiser.
'use strict';

const pug = require('pug');

const PROFILE_LINES = [
  'div.profile',
  '  h1= user.displayName',
  '  p.handle @#{user.handle}',
  '  div.bio!= user.bioHtml',
  // expect: xss
  '  p.signature!= user.signature',
  '  ul.links',
  '    each link in user.links',
  '      li',
  '        a(href=link.url rel="nofollow")= link.label',
];

const COMMENT_LINES = [
  'each comment in comments',
  '  article.comment',
  '    header',
  // expect: xss
  '      span.author !{comment.authorName}',
  '      time= comment.postedAt',
  // expect: xss
  '    div.body!= comment.text',
  '    footer #{comment.likes} likes',
];

const EMPTY_LINES = [
  'div.empty',
  '  p No comments yet. Be the first!',
];

const renderProfile = pug.compile(PROFILE_LINES.join('\n'));
const renderComments = pug.compile(COMMENT_LINES.join('\n'));
const renderEmpty = pug.compile(EMPTY_LINES.join('\n'));

function profilePage(user, comments, sanitize) {
  const view = {
    displayName: user.displayName,
    handle: user.handle,
    bioHtml: sanitize(user.bioMarkdown),
    signature: user.signature,
    links: user.links || [],
  };
  const body = comments.length ? renderComments({ comments }) : renderEmpty();
  return renderProfile({ user: view }) + body;
}

module.exports = { profilePage };
