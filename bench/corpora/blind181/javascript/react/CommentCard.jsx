import React from 'react';
import logo from '../assets/logo.svg';
import { formatRelative } from '../lib/time';

// Comment thread on public product pages. Comments come from any signed-in
// shopper; the card also renders the "ask the seller" form a seller configures.

const AVATAR_CDN = 'https://cdn.example-market.com/avatars';

export function CommentAvatar({ author }) {
  // fixed host, only the numeric id varies
  return <img className="avatar" src={`${AVATAR_CDN}/${author.id}.png`} alt="" />;
}

export function CommentCard({ comment }) {
  return (
    <article className="comment">
      <header>
        <CommentAvatar author={comment.author} />
        <span className="name">{comment.author.displayName}</span>
        <time>{formatRelative(comment.createdAt)}</time>
      </header>
      <p>{comment.body}</p>
      {comment.imageUrl && <CommentImage url={comment.imageUrl} />}
    </article>
  );
}

function CommentImage({ url }) {
  // shoppers paste an image address; every reader's browser fetches it
  // expect: ssrf
  return <img className="attachment" src={url} alt="" loading="lazy" />;
}

export function AskTheSeller({ seller }) {
  // seller.questionEndpoint is typed into the shop settings by the seller
  return (
    <section className="ask">
      <img className="brand" src={logo} alt="Market" />
      {renderAskForm(seller)}
    </section>
  );
}

function renderAskForm(seller) {
  // expect: ssrf
  return <form action={seller.questionEndpoint} method="post"><input name="email" type="email" /><textarea name="question" /><button type="submit">Send</button></form>;
}

export function ReportForm({ commentId }) {
  return (
    <form action="/api/reports" method="post">
      <input type="hidden" name="commentId" value={commentId} />
      <button type="submit">Report</button>
    </form>
  );
}

export function PromoVideo() {
  return <video poster="/static/promo-poster.jpg" src="/static/promo.mp4" controls />;
}
