import React, { useEffect, useRef, createRef, Component } from 'react';
import * as R from 'react';

export function ChartCanvas({ data }) {
  // expect: xss
  const canvasRef = useRef(null);
  useEffect(() => {
    const ctx = canvasRef.current.getContext('2d');
    data.forEach((d, i) => ctx.fillRect(i * 10, 0, 8, d));
  }, [data]);
  // expect: xss
  return <canvas ref={canvasRef} width={400} height={200} />;
}

export class RichEditor extends Component {
  constructor(props) {
    super(props);
    // expect: xss
    this.editorRef = createRef();
  }
  componentDidMount() {
    this.editorRef.current.innerHTML = this.props.initialHtml;
  }
  render() {
    // expect: xss
    return <div className="editor" contentEditable ref={this.editorRef} />;
  }
}

export function AutoFocus({ label }) {
  // expect: xss
  const inputRef = R.useRef();
  useEffect(() => inputRef.current && inputRef.current.focus(), []);
  const field = (
    // expect: xss
    <input ref={inputRef} aria-label={label} />
  );
  return <label>{label}{field}</label>;
}

// Safe look-alikes: state and memo hooks, and plain elements without refs.
export function Counter() {
  const [count, setCount] = React.useState(0);
  const label = React.useMemo(() => `Clicked ${count} times`, [count]);
  return <button onClick={() => setCount(count + 1)}>{label}</button>;
}

export function Message({ body }) {
  return <p className="message">{body}</p>;
}
