import React from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import PropTypes from 'prop-types';

const DIVIDER = { __html: '<hr class="fancy" />' };

export function ArticleBody({ post }) {
  // expect: xss
  return <article className="post" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />;
}

export function AuthorSignature({ author }) {
  const markup = { __html: author.signature };
  // expect: xss
  return <footer className="signature" dangerouslySetInnerHTML={markup} />;
}

export function DraftPreview({ draft }) {
  const html = marked.parse(draft.text || '');
  // expect: xss
  return <div className="preview" dangerouslySetInnerHTML={{ __html: html }} />;
}

// Look-alikes: sanitized HTML, a constant snippet, plain text.
export function SafeComment({ comment }) {
  const clean = DOMPurify.sanitize(comment.html);
  return <div className="comment" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function Divider() {
  return <div dangerouslySetInnerHTML={DIVIDER} />;
}

export function Excerpt({ post }) {
  return <p className="excerpt">{post.summary}</p>;
}

ArticleBody.propTypes = { post: PropTypes.object.isRequired };
AuthorSignature.propTypes = { author: PropTypes.object.isRequired };
DraftPreview.propTypes = { draft: PropTypes.object.isRequired };
SafeComment.propTypes = { comment: PropTypes.object.isRequired };
Excerpt.propTypes = { post: PropTypes.object.isRequired };
