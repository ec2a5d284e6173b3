import React, { Component, createRef, useEffect, useMemo, useRef, useState } from 'react';

export function RichPreview({ html }) {
  // expect: unsafe-dom-ref
  const containerRef = useRef(null);
  useEffect(() => {
    // expect: unsafe-dom-ref
    containerRef.current.innerHTML = html;
  }, [html]);
  return <div className="preview" ref={containerRef} />;
}

export class Chart extends Component {
  constructor(props) {
    super(props);
    this.canvas = React.createRef();
    // expect: unsafe-dom-ref
    this.legend = createRef();
  }

  componentDidMount() {
    const ctx = this.canvas.current.getContext('2d');
    ctx.fillRect(0, 0, 10, this.props.height);
    // expect: unsafe-dom-ref
    this.legend.current.insertAdjacentHTML('beforeend', this.props.legendHtml);
  }

  render() {
    return (
      <figure>
        <canvas ref={this.canvas} />
        <figcaption ref={this.legend} />
      </figure>
    );
  }
}

export function SearchBox({ onSearch }) {
  const [q, setQ] = useState('');
  const trimmed = useMemo(() => q.trim(), [q]);
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSearch(trimmed); }}>
      <input value={q} onChange={(e) => setQ(e.target.value)} />
      <a href="/help/search">Help</a>
    </form>
  );
}

export function CommitLink({ commit }) {
  const ref = commit.ref || 'main';
  return <a href={`/commits/${encodeURIComponent(ref)}`}>{ref}</a>;
}
