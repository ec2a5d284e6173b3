import React from 'react';
import logo from './assets/logo.png';

export function ArticleMedia({ article, user }) {
  const poster = article.video && article.video.poster;
  // expect: http-leak
  const cover = <img src={article.coverUrl} alt={article.title} />;
  // expect: http-leak
  const quote = <blockquote cite={article.quoteSource}>{article.quote}</blockquote>;
  // expect: http-leak
  const clip = <video poster={poster} controls />;
  const feedback = (
    // expect: http-leak
    <form action={user.callbackUrl} method="post">
      <button>Send</button>
    </form>
  );
  // expect: http-leak
  const hiDpi = <img srcSet={`${article.coverUrl} 1x, ${article.coverUrl2x} 2x`} alt="" />;
  // expect: http-leak
  const embed = <iframe src={article.embedUrl} title="embed" />;
  // Safe look-alikes: a bundled import, literal URLs.
  const brand = <img src={logo} alt="logo" />;
  const placeholder = <img src="/static/placeholder.png" alt="" />;
  const press = <blockquote cite="https://www.example.com/press">Quoted</blockquote>;
  return (
    <article>
      {brand}
      {cover}
      {hiDpi}
      {quote}
      {clip}
      {embed}
      {feedback}
      {placeholder}
      {press}
    </article>
  );
}
