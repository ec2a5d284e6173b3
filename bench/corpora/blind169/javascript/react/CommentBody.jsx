import React from "react";
import ReactMarkdown from "react-markdown";
import { uriTransformer } from "react-markdown";
import remarkGfm from "remark-gfm";

// Markdown rendering for issue comments, release notes and the docs
// sidebar. Comments are written by any signed-in user.
const DOCS_PREFIX = "/docs/";

function rewriteDocsLink(uri) {
  if (uri.startsWith("docs:")) {
    return DOCS_PREFIX + encodeURIComponent(uri.slice(5));
  }
  return uri;
}

function keepAsIs(uri) {
  return uri;
}

export function CommentBody({ comment }) {
  // expect: xss
  const body = <ReactMarkdown remarkPlugins={[remarkGfm]} transformLinkUri={keepAsIs}>{comment.body}</ReactMarkdown>;
  return (
    <div className="comment-body">
      <header className="comment-meta">
        <span className="author">{comment.author.displayName}</span>
        <time dateTime={comment.createdAt}>{new Date(comment.createdAt).toLocaleString()}</time>
      </header>
      {body}
    </div>
  );
}

export function ReleaseNotes({ release }) {
  const notes = <ReactMarkdown remarkPlugins={[remarkGfm]}>{release.notes}</ReactMarkdown>;
  return (
    <section className="release">
      <h2>{release.version}</h2>
      {notes}
    </section>
  );
}

export function DocsSidebar({ markdown }) {
  const sidebar = <ReactMarkdown transformLinkUri={(uri) => rewriteDocsLink(uriTransformer(uri))}>{markdown}</ReactMarkdown>;
  return <nav className="docs-sidebar">{sidebar}</nav>;
}
