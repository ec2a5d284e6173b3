import React from 'react';
import ReactMarkdown from 'react-markdown';

type Props = { source: string; assetBase?: string };

// Older react-markdown (v5) props are used here; the editor pins that version.
const PROTOCOLS = ['http', 'https', 'mailto'];

export function PostPreview({ source }: Props) {
  // expect: xss
  return <ReactMarkdown allowDangerousHtml>{source}</ReactMarkdown>;
}

export function WikiPage({ source }: Props) {
  // expect: xss
  return <ReactMarkdown transformLinkUri={(uri: string) => uri}>{source}</ReactMarkdown>;
}

export function Changelog({ source, assetBase = '' }: Props) {
  // expect: xss
  return <ReactMarkdown transformImageUri={(src: string) => (src.startsWith('/') ? assetBase + src : src)}>{source}</ReactMarkdown>;
}

export function CommentBody({ source }: Props) {
  // expect: xss
  return <ReactMarkdown className="comment" transformLinkUri={null} skipHtml>{source}</ReactMarkdown>;
}

// Safe: the default link handling, HTML skipped.
export function SafeComment({ source }: Props) {
  return <ReactMarkdown skipHtml>{source}</ReactMarkdown>;
}

// Safe: a link transform that only lets allowlisted protocols through.
function safeHref(uri: string): string {
  const scheme = uri.split(':', 1)[0].toLowerCase();
  return uri.includes(':') && !PROTOCOLS.includes(scheme) ? '#' : uri;
}
export function DocsPage({ source }: Props) {
  return <ReactMarkdown transformLinkUri={safeHref} skipHtml>{source}</ReactMarkdown>;
}
