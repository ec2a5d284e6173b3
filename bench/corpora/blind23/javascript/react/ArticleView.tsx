// react: article page with markdown body, author links and embeds
import React, { useEffect, useState } from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import DOMPurify from 'dompurify';

type Article = { title: string; bodyHtml: string; markdown: string; authorUrl: string; summary: string };

export function ArticleBody({ article }: { article: Article }) {
  // expect: xss
  return <div className="body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />;
}

export function ArticleBodySafe({ article }: { article: Article }) {
  const clean = DOMPurify.sanitize(article.bodyHtml);
  return <div className="body" dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function Markdown({ article }: { article: Article }) {
  // expect: xss
  return <ReactMarkdown rehypePlugins={[rehypeRaw]}>{article.markdown}</ReactMarkdown>;
}

export function MarkdownSafe({ article }: { article: Article }) {
  return <ReactMarkdown rehypePlugins={[rehypeRaw, rehypeSanitize]}>{article.markdown}</ReactMarkdown>;
}

export function AuthorLink({ article }: { article: Article }) {
  // expect: xss
  return <a href={article.authorUrl}>About the author</a>;
}

export function ExternalSource({ url }: { url: string }) {
  // expect: reverse-tabnabbing
  return <a href={url} target="_blank">Source</a>;
}

export function ExternalSourceSafe({ url }: { url: string }) {
  const safe = /^https:\/\//.test(url) ? url : '#';
  return <a href={safe} target="_blank" rel="noopener noreferrer">Source</a>;
}

export function Summary({ article }: { article: Article }) {
  return <p className="summary">{article.summary}</p>;
}

export function ArticlePage({ id }: { id: string }) {
  const [article, setArticle] = useState<Article | null>(null);
  useEffect(() => {
    fetch(`/api/articles/${encodeURIComponent(id)}`).then((r) => r.json()).then(setArticle);
  }, [id]);
  if (!article) return null;
  return <ArticleBodySafe article={article} />;
}
