import React from 'react';
import spinner from './assets/spinner.gif';
import logo from './assets/logo.svg';

// Renders media attached to user comments and profiles.
export function CommentImage({ comment }) {
  // expect: ssrf
  return <img src={comment.imageUrl} alt={comment.altText} className="comment-image" />;
}

export function EmbeddedVideo({ embedUrl, title }) {
  // expect: ssrf
  return <iframe src={embedUrl} title={title} width="560" height="315" allowFullScreen />;
}

export function VideoCard({ post }) {
  // expect: ssrf
  return <video poster={post.posterUrl} controls preload="none" />;
}

export function QuoteBlock({ quote }) {
  // expect: ssrf
  return <blockquote cite={quote.sourceUrl}>{quote.text}</blockquote>;
}

export function ExternalSignup({ settings }) {
  // expect: ssrf
  return <form action={settings.formAction} method="post"><button type="submit">Join</button></form>;
}

// Safe look-alikes: imported assets and literal URLs.
export function Loading() {
  return <img src={spinner} alt="" aria-hidden="true" />;
}

export function Brand() {
  return <img src={logo} alt="Acme" width={120} />;
}

export function Placeholder() {
  return <img src="/static/placeholder.png" alt="" />;
}
