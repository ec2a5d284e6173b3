import React, { useEffect, useRef } from 'react';

export function Tooltip({ content, anchor }) {
  const ref = useRef(null);
  useEffect(() => {
    if (ref.current) {
      // expect: xss
      ref.current.innerHTML = content;
    }
  }, [content]);
  return <span ref={ref} data-anchor={anchor} />;
}

export class ChatLine extends React.Component {
  componentDidMount() {
    // expect: xss
    this.el.innerHTML = `<b>${this.props.author}</b>: ${this.props.text}`;
  }

  render() {
    return <p ref={(el) => { this.el = el; }} />;
  }
}

export function usePreview(html) {
  const node = useRef(null);
  useEffect(() => {
    const frame = node.current;
    // expect: xss
    frame.outerHTML = '<div class="preview">' + html + '</div>';
  }, [html]);
  return node;
}

export function Badge({ label }) {
  const ref = useRef(null);
  useEffect(() => {
    const span = document.createElement('span');
    // expect: xss
    span.innerHTML = label;
    ref.current.appendChild(span);
  }, [label]);
  return <div ref={ref} />;
}

// Safe look-alikes: clearing, a literal, and textContent.
export function Clearable({ reset }) {
  const ref = useRef(null);
  useEffect(() => {
    if (reset) ref.current.innerHTML = '';
  }, [reset]);
  return <div ref={ref} />;
}

export function Loading() {
  const ref = useRef(null);
  useEffect(() => {
    ref.current.innerHTML = '<span class="dot"></span><span class="dot"></span>';
  }, []);
  return <div ref={ref} />;
}

export function Caption({ text }) {
  const ref = useRef(null);
  useEffect(() => {
    ref.current.textContent = text;
  }, [text]);
  return <figcaption ref={ref} />;
}
