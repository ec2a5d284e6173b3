import React from 'react';
import DOMPurify from 'dompurify';

type Comment = { id: string; author: string; html: string; signatureHtml?: string };

export function CommentBody({ comment }: { comment: Comment }) {
  const body = (
    // expect: xss
    <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.html }} />
  );
  return (
    <div className="comment">
      <strong>{comment.author}</strong>
      {body}
    </div>
  );
}

export function Signature({ comment }: { comment: Comment }) {
  const markup = { __html: comment.signatureHtml ?? '' };
  // expect: xss
  return <footer dangerouslySetInnerHTML={markup} />;
}

export function Highlight({ term, text }: { term: string; text: string }) {
  const html = text.split(term).join(`<mark>${term}</mark>`);
  // expect: xss
  return <p dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Banner({ message }: { message: string }) {
  // expect: xss
  return React.createElement('section', { className: 'banner', dangerouslySetInnerHTML: { __html: message } });
}

export function SafeCommentBody({ comment }: { comment: Comment }) {
  return <div className="comment-body" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.html) }} />;
}

export function Spacer() {
  return <span dangerouslySetInnerHTML={{ __html: '&nbsp;' }} />;
}

export function PlainComment({ comment }: { comment: Comment }) {
  return <div className="comment-body">{comment.html}</div>;
}
