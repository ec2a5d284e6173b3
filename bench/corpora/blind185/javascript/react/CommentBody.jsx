import React from 'react';
import ReactMarkdown from 'react-markdown';
import { uriTransformer } from 'react-markdown';

const IMAGE_PROXY = 'https://img.example.org/proxy?url=';

function proxiedImage(uri) {
  return IMAGE_PROXY + encodeURIComponent(uriTransformer(uri));
}

function keepRelative(uri) {
  const safe = uriTransformer(uri);
  return safe.startsWith('https://wiki.example.org/') ? safe.slice('https://wiki.example.org'.length) : safe;
}

export function CommentBody({ comment }) {
  // comments are written by any signed-in member
  // expect: xss
  return <ReactMarkdown source={comment.body} allowDangerousHtml />;
}

export function WikiPage({ page }) {
  return (
    <article className="wiki">
      <h1>{page.title}</h1>
      <ReactMarkdown source={page.body} transformImageUri={proxiedImage} transformLinkUri={keepRelative} />
    </article>
  );
}

export function ChangelogEntry({ entry }) {
  return <ReactMarkdown source={entry.markdown} />;
}

export function SupportReply({ reply }) {
  // links in customer replies may be "javascript:" ones; the identity skips the default filter
  // expect: xss
  return <ReactMarkdown source={reply.body} transformLinkUri={(uri) => uri} />;
}

export default function Thread({ comments, page, changelog, replies }) {
  return (
    <div>
      <WikiPage page={page} />
      {changelog.map((e) => (
        <ChangelogEntry key={e.id} entry={e} />
      ))}
      {comments.map((c) => (
        <CommentBody key={c.id} comment={c} />
      ))}
      {replies.map((r) => (
        <SupportReply key={r.id} reply={r} />
      ))}
    </div>
  );
}
