import React from 'react';
import ReactMarkdown from 'react-markdown';
import PropTypes from 'prop-types';

const Markdown = require('react-markdown/with-html');

const passThrough = (uri) => uri;

function safeLink(uri) {
  const url = String(uri || '').trim();
  return /^(https?:|mailto:|\/)/i.test(url) ? url : '#';
}

// Posts, comments and wiki pages are written by community members.
export function PostBody({ post }) {
  // expect: xss
  return <ReactMarkdown source={post.body} allowDangerousHtml />;
}

export function CommentBody({ comment }) {
  // expect: xss
  return <Markdown source={comment.text} escapeHtml={false} allowDangerousHtml />;
}

export function WikiPage({ page }) {
  // expect: xss
  return <ReactMarkdown source={page.markdown} transformLinkUri={passThrough} />;
}

export function HelpArticle({ article }) {
  return <ReactMarkdown source={article.body} transformLinkUri={safeLink} />;
}

export function Readme({ text }) {
  return <ReactMarkdown source={text} />;
}

export function ChangeLog({ entries }) {
  return <ReactMarkdown source={entries.join('\n\n')} linkTarget="_blank" skipHtml />;
}

PostBody.propTypes = { post: PropTypes.shape({ body: PropTypes.string }).isRequired };
