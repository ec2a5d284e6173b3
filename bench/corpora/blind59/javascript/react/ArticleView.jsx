import React from 'react';
import logo from './assets/logo.svg';

const CDN = 'https://cdn.example.com';

function Quote({ quote }) {
  // expect: http-leak
  return <blockquote cite={quote.sourceUrl}>{quote.text}</blockquote>;
}

function Embed({ embed }) {
  if (embed.kind === 'video') {
    return (
      // expect: http-leak
      <video poster={embed.posterUrl} controls width="640">
        <source src={`${CDN}/video/${embed.fileId}.mp4`} type="video/mp4" />
      </video>
    );
  }
  // expect: http-leak
  return <iframe src={embed.url} title={embed.title} sandbox="allow-scripts" />;
}

export default function ArticleView({ article, quote, embed, onSubscribe }) {
  // Cover images are whatever URL the author pasted into the editor.
  // expect: http-leak
  const cover = <img src={article.coverUrl} alt={article.coverAlt} className="cover" />;

  const signup = (
    // expect: http-leak
    <form action={article.newsletterEndpoint} method="post" onSubmit={onSubscribe}>
      <input type="email" name="email" placeholder="you@example.com" />
      <button type="submit">Subscribe</button>
    </form>
  );

  // Look-alikes: an imported asset, a fixed path, our CDN with a path from data.
  const masthead = <img src={logo} alt="Example News" className="masthead" />;
  const divider = <img src="/static/divider.png" alt="" />;
  const avatar = <img src={`${CDN}/avatars/${encodeURIComponent(article.authorId)}.png`} alt={article.author} />;

  return (
    <article className="article">
      {masthead}
      {cover}
      <h1>{article.title}</h1>
      <Quote quote={quote} />
      <Embed embed={embed} />
      {divider}
      <p className="byline">{avatar} {article.author}</p>
      {signup}
    </article>
  );
}
