import React, { createRef, useEffect, useRef, useState } from 'react';

type Props = { initialQuery: string; onSearch: (q: string) => void; highlightColor: string };

export function SearchBox({ initialQuery, onSearch, highlightColor }: Props) {
  // expect: react-ref
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);

  useEffect(() => {
    const el = inputRef.current;
    if (el) {
      el.style.outlineColor = highlightColor;
      el.setAttribute('data-last-query', initialQuery);
    }
  }, [highlightColor, initialQuery]);

  return (
    <form onSubmit={(e) => { e.preventDefault(); onSearch(query); }}>
      <input ref={inputRef} value={query} onChange={(e) => setQuery(e.target.value)} />
    </form>
  );
}

export function ResultsPanel({ html }: { html: string }) {
  // expect: react-ref
  const panel = React.useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.scrollIntoView({ behavior: 'smooth' });
    panel.current?.setAttribute('aria-busy', 'false');
  }, [html]);
  return <div className="results" ref={panel} />;
}

export class LegacyTooltip extends React.Component<{ text: string }> {
  // expect: react-ref
  private anchor = createRef<HTMLSpanElement>();
  // expect: react-ref
  private popup = React.createRef<HTMLDivElement>();

  componentDidMount() {
    const a = this.anchor.current;
    const p = this.popup.current;
    if (a && p) {
      p.style.left = `${a.getBoundingClientRect().left}px`;
      p.setAttribute('title', this.props.text);
    }
  }

  render() {
    return (
      <span>
        <span ref={this.anchor}>?</span>
        <div className="tooltip" ref={this.popup} />
      </span>
    );
  }
}

export function Autofocus({ label }: { label: string }) {
  return (
    <label>
      {label}
      {/* a callback ref */}
      <input
        // expect: react-ref
        ref={(el) => el && el.setAttribute('placeholder', label)}
        name="q"
      />
    </label>
  );
}

// Safe: state and props only, no DOM handles.
export function Counter({ start }: { start: number }) {
  const [count, setCount] = useState(start);
  return <button onClick={() => setCount((c) => c + 1)} data-ref="counter">{count}</button>;
}

export function Field({ name, inputRef }: { name: string; inputRef?: string }) {
  return <input name={name} id={inputRef} />;
}
