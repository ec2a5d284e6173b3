// Article page: the EJS template is kept next to its render helper as lines, so
// the component library can ship it without a separate views folder.
const ejs = require('ejs');
const sanitizeHtml = require('sanitize-html');

const ARTICLE_TEMPLATE = [
  '<%- include("partials/header", { title: article.title }) %>',
  '<article class="post">',
  '  <h1><%= article.title %></h1>',
  // expect: xss
  '  <p class="byline">by <%- article.authorName %></p>',
  '  <div class="post-body"><%- bodyHtml %></div>',
  '  <ul class="tags">',
  '    <% article.tags.forEach(function (tag) { %>',
  '      <li><a href="/tags/<%= encodeURIComponent(tag) %>"><%= tag %></a></li>',
  '    <% }) %>',
  '  </ul>',
  '</article>',
  '<section class="comments">',
  '  <% comments.forEach(function (c) { %>',
  '    <div class="comment">',
  '      <strong><%= c.author %></strong>',
  // expect: xss
  '      <div class="comment-body"><%- c.body %></div>',
  '    </div>',
  '  <% }) %>',
  '</section>',
  '<footer class="signature">',
  // expect: xss
  '  <%- article.authorSignature %>',
  '</footer>',
  '<%- include("partials/footer") %>',
].join('\n');

const SANITIZE_OPTIONS = {
  allowedTags: ['p', 'a', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h2', 'h3'],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
};

function renderArticle(article, comments) {
  return ejs.render(
    ARTICLE_TEMPLATE,
    {
      article,
      comments,
      bodyHtml: sanitizeHtml(article.bodyHtml, SANITIZE_OPTIONS),
    },
    { filename: __filename, views: [__dirname + '/views'] },
  );
}

module.exports = { renderArticle, ARTICLE_TEMPLATE };
