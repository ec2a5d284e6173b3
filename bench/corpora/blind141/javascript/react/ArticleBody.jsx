import React, { useRef, useEffect, createRef } from 'react';

export function ArticleBody({ article }) {
  // expect: xss
  const bodyRef = useRef(null);
  useEffect(() => {
    bodyRef.current.innerHTML = article.html;
  }, [article.html]);
  return <div className="article-body" ref={bodyRef} />;
}

export class NotificationList extends React.Component {
  // expect: xss
  listRef = createRef();

  componentDidUpdate() {
    this.listRef.current.insertAdjacentHTML('beforeend', this.props.latest.markup);
  }

  render() {
    return <ul ref={this.listRef} />;
  }
}

export function Signature({ html }) {
  // expect: xss
  const boxRef = React.useRef();
  useEffect(() => { boxRef.current.outerHTML = html; }, [html]);
  return <span ref={boxRef} />;
}

export function SearchBox({ onSearch }) {
  const inputRef = useRef(null);
  useEffect(() => inputRef.current.focus(), []);
  return <input ref={inputRef} onKeyDown={(e) => e.key === 'Enter' && onSearch(inputRef.current.value)} />;
}

export function ScrollToEnd({ items }) {
  const endRef = useRef(null);
  useEffect(() => endRef.current.scrollIntoView({ behavior: 'smooth' }), [items.length]);
  return <div>{items.map((i) => <p key={i.id}>{i.text}</p>)}<div ref={endRef} /></div>;
}

export function Counter({ value }) {
  const countRef = useRef(null);
  useEffect(() => { countRef.current.textContent = String(value); }, [value]);
  return <strong ref={countRef} />;
}
