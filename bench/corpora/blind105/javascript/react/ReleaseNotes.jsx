import React from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';

// Markdown written by community members (release notes, wiki pages, comments).
export function ReleaseNotes({ notes }) {
  // expect: xss
  return <ReactMarkdown allowDangerousHtml>{notes.body}</ReactMarkdown>;
}

export function WikiPage({ page }) {
  // expect: xss
  return <ReactMarkdown source={page.markdown} escapeHtml={false} />;
}

export function CommentBody({ comment }) {
  // expect: xss
  return <ReactMarkdown transformLinkUri={(uri) => uri}>{comment.text}</ReactMarkdown>;
}

export function Gallery({ md }) {
  // expect: xss
  return <ReactMarkdown transformImageUri={null} children={md} />;
}

export function IssueBody({ issue }) {
  // expect: xss
  return <ReactMarkdown rehypePlugins={[rehypeRaw]}>{issue.body}</ReactMarkdown>;
}

// Safe look-alikes: defaults, skipped HTML, sanitised raw HTML.
export function Readme({ text }) {
  return <ReactMarkdown>{text}</ReactMarkdown>;
}

export function Summary({ text }) {
  return <ReactMarkdown skipHtml>{text}</ReactMarkdown>;
}

export function SanitizedPost({ post }) {
  return <ReactMarkdown rehypePlugins={[rehypeRaw, rehypeSanitize]}>{post.body}</ReactMarkdown>;
}
