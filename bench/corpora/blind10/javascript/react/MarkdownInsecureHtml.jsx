// library: react-markdown (rehype-raw / rehype-sanitize / skipHtml)
import React from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

export function CommentBody({ comment }) {
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfm]}
      // expect: xss
      rehypePlugins={[rehypeRaw]}
    >
      {comment.body}
    </ReactMarkdown>
  );
}

export function CommentBodySafe({ comment }) {
  return <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeRaw, rehypeSanitize]}>{comment.body}</ReactMarkdown>;
}

export function ReadmeView({ readme }) {
  return <ReactMarkdown skipHtml>{readme}</ReactMarkdown>;
}

export function LegacyBio({ bio }) {
  // expect: xss
  return <ReactMarkdown source={bio} escapeHtml={false} />;
}

export function PlainMarkdown({ text }) {
  return <ReactMarkdown>{text}</ReactMarkdown>;
}
