import React from 'react';
import DOMPurify from 'dompurify';
import { formatDistanceToNow } from 'date-fns';

const STAR_ICON = '<svg viewBox="0 0 16 16" width="12" height="12"><path d="M8 1l2 5h5l-4 3 2 6-5-4-5 4 2-6-4-3h5z"/></svg>';

function Author({ author }) {
  return <span className="author">{author.name}</span>;
}

export function CommentBody({ comment }) {
  // Comments are written in the rich-text editor by any signed-in user; the HTML is stored as sent.
  // expect: xss
  return <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.html }} />;
}

export function CommentPreview({ comment }) {
  const clean = DOMPurify.sanitize(comment.html, { USE_PROFILES: { html: true } });
  return <div className="comment-preview" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function FeaturedBadge() {
  return <span className="badge" dangerouslySetInnerHTML={{ __html: STAR_ICON }} />;
}

export function Signature({ user }) {
  // expect: xss
  const signature = <footer className="signature" dangerouslySetInnerHTML={{ __html: user.signatureHtml }} />;
  return signature;
}

export function Timestamp({ at }) {
  return <time dateTime={at}>{formatDistanceToNow(new Date(at))} ago</time>;
}

export default function CommentThread({ comments, featuredIds }) {
  return (
    <ol className="comment-thread">
      {comments.map((c) => (
        <li key={c.id}>
          <Author author={c.author} />
          {featuredIds.includes(c.id) && <FeaturedBadge />}
          <Timestamp at={c.createdAt} />
          {c.pending ? <CommentPreview comment={c} /> : <CommentBody comment={c} />}
          {c.author.signatureHtml && <Signature user={c.author} />}
        </li>
      ))}
    </ol>
  );
}
