import React from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

function safeLink(uri) {
  return /^(https?:|mailto:|\/)/i.test(uri) ? uri : '#';
}

export function ReleaseNotes({ markdown }) {
  return <ReactMarkdown>{markdown}</ReactMarkdown>;
}

export function CommunityPost({ post }) {
  // posts are written by any registered user
  // expect: xss
  return <ReactMarkdown allowDangerousHtml>{post.body}</ReactMarkdown>;
}

export function Changelog({ source }) {
  return <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{source}</ReactMarkdown>;
}

export function TicketReply({ reply }) {
  // expect: xss
  return <ReactMarkdown transformLinkUri={(uri) => uri}>{reply.text}</ReactMarkdown>;
}

export function Readme({ text }) {
  return <ReactMarkdown linkTarget="_blank" skipHtml>{text}</ReactMarkdown>;
}

export function ProfileAbout({ about }) {
  // expect: xss
  return <ReactMarkdown transformLinkUri={null}>{about}</ReactMarkdown>;
}

export function FaqEntry({ entry }) {
  return <ReactMarkdown components={{ a: ({ href, children }) => <a href={safeLink(href)}>{children}</a> }}>{entry.answer}</ReactMarkdown>;
}
