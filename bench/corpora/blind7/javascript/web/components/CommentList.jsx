import React, { useEffect, useMemo, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

function Comment({ comment }) {
  return (
    <li className="comment">
      <strong>{comment.author}</strong>
      <div
        className="body"
        // expect: xss
        dangerouslySetInnerHTML={{ __html: comment.bodyHtml }}
      />
    </li>
  );
}

function SafeComment({ comment }) {
  const clean = useMemo(() => DOMPurify.sanitize(comment.bodyHtml), [comment.bodyHtml]);
  return (
    <li className="comment">
      <strong>{comment.author}</strong>
      <div className="body" dangerouslySetInnerHTML={{ __html: clean }} />
    </li>
  );
}

function MarkdownPreview({ source }) {
  // expect: xss
  return <div className="preview" dangerouslySetInnerHTML={{ __html: marked.parse(source) }} />;
}

function AuthorLink({ author }) {
  return (
    <a href={`/users/${encodeURIComponent(author.handle)}`} title={author.name}>
      {author.name}
    </a>
  );
}

const ICON_SVG = '<svg viewBox="0 0 16 16"><path d="M8 0L16 16H0z"/></svg>';

function WarningIcon() {
  return <span className="icon" dangerouslySetInnerHTML={{ __html: ICON_SVG }} />;
}

export default function CommentList({ postId, trusted }) {
  const [comments, setComments] = useState([]);

  useEffect(() => {
    fetch(`/api/posts/${postId}/comments`)
      .then((r) => r.json())
      .then(setComments);
  }, [postId]);

  return (
    <ul>
      <WarningIcon />
      {comments.map((c) =>
        trusted ? <SafeComment key={c.id} comment={c} /> : <Comment key={c.id} comment={c} />,
      )}
    </ul>
  );
}

export { Comment, SafeComment, MarkdownPreview, AuthorLink };
