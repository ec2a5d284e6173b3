import React from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { highlight } from '../search/highlight';

// Article bodies come from the CMS, where any contributor can edit them.
export function ArticleBody({ article }) {
  // expect: xss
  return <div className="article" dangerouslySetInnerHTML={{ __html: article.body }} />;
}

export function PostPreview({ post }) {
  const html = marked.parse(post.markdown);
  // expect: xss
  return <section className="preview" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function SearchHit({ result, query }) {
  // expect: xss
  return <span className="hit" dangerouslySetInnerHTML={{ __html: highlight(result.snippet, query) }} />;
}

// Safe look-alikes: sanitised HTML and a constant.
export function CommentHtml({ comment }) {
  const clean = DOMPurify.sanitize(comment.html);
  return <div className="comment" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function LineBreak() {
  return <span dangerouslySetInnerHTML={{ __html: '<br/>' }} />;
}
