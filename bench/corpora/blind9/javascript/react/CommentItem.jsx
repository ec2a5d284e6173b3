// library: React (dangerouslySetInnerHTML, href)
import DOMPurify from 'dompurify';
import React from 'react';

const ICON = '<svg viewBox="0 0 16 16"><path d="M8 0l2 6h6l-5 4 2 6-5-4-5 4 2-6-5-4h6z"/></svg>';

function safeHref(url) {
  try {
    const u = new URL(url, window.location.origin);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '#';
  } catch (e) {
    return '#';
  }
}

export default function CommentItem({ comment, author }) {
  return (
    <li className="comment">
      <span
        className="star"
        dangerouslySetInnerHTML={{ __html: ICON }}
      />
      <div
        className="body"
        // expect: xss
        dangerouslySetInnerHTML={{ __html: comment.bodyHtml }}
      />
      <div
        className="body-clean"
        dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.bodyHtml) }}
      />
      <a
        // expect: xss
        href={author.website}
        rel="nofollow noopener"
      >
        {author.name}
      </a>
      <a href={safeHref(author.website)} rel="nofollow noopener">{author.name}</a>
      <p>{comment.text}</p>
    </li>
  );
}
