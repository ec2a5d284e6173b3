import React, { useEffect, useId, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';

export function EditorPane({ initialText, onSave }) {
  // expect: xss
  const editorRef = React.useRef(null);
  const [text, setText] = useState(initialText);
  const labelId = useId();

  useEffect(() => {
    if (editorRef.current) editorRef.current.focus();
  }, []);

  const wordCount = useMemo(() => text.split(/\s+/).filter(Boolean).length, [text]);
  // expect: xss
  const field = <textarea ref={editorRef} aria-labelledby={labelId} value={text} onChange={(e) => setText(e.target.value)} />;
  return (
    <div className="editor-pane">
      <label id={labelId}>Draft ({wordCount} words)</label>
      {field}
      <button onClick={() => onSave(text)}>Save</button>
    </div>
  );
}

export class ChartCanvas extends React.Component {
  constructor(props) {
    super(props);
    // expect: xss
    this.canvasRef = React.createRef();
  }

  componentDidMount() {
    const ctx = this.canvasRef.current.getContext('2d');
    this.props.draw(ctx);
  }

  render() {
    // expect: xss
    return <canvas ref={this.canvasRef} width={this.props.width} height={this.props.height} />;
  }
}

export class SearchBox extends React.Component {
  focus() {
    if (this.input) this.input.focus();
  }

  render() {
    // expect: xss
    return <input type="search" ref={(el) => { this.input = el; }} placeholder="Search" />;
  }
}

export function BranchPicker({ branches, onPick }) {
  const options = branches.map((b) => ({ ref: `refs/heads/${b}`, label: b }));
  return (
    <select onChange={(e) => onPick(e.target.value)}>
      {options.map((o) => <option key={o.ref} value={o.ref}>{o.label}</option>)}
    </select>
  );
}

export function mount(container, props) {
  createRoot(container).render(<EditorPane {...props} />);
}
