import React from 'react';
import ReactMarkdown from 'react-markdown';
import { uriTransformer } from 'react-markdown';

// Comment threads: markdown written by any signed-in user.
export function CommentBody({ comment }) {
  // raw HTML inside the markdown is rendered as HTML
  // expect: xss
  return <ReactMarkdown className="comment-body" source={comment.body} allowDangerousHtml />;
}

export function ReleaseNotes({ notes }) {
  // expect: xss
  return <ReactMarkdown source={notes.markdown} transformLinkUri={(uri) => uri} />;
}

export function AuthorBio({ author }) {
  const bio = author.bio || '';
  // expect: xss
  return <ReactMarkdown className="bio" source={bio} allowDangerousHtml />;
}

// Safe look-alikes: default URL filtering, images rewritten through the proxy.
export function HelpArticle({ article }) {
  return <ReactMarkdown source={article.body} transformLinkUri={uriTransformer} />;
}

export function GalleryCaption({ caption }) {
  const proxied = (src) => `/img-proxy?u=${encodeURIComponent(src)}`;
  return <ReactMarkdown source={caption} skipHtml transformImageUri={proxied} />;
}

export function PlainPreview({ text }) {
  return <ReactMarkdown source={text} />;
}
