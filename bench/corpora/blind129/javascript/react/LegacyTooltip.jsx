import React from 'react';
import ReactDOM, { findDOMNode } from 'react-dom';

export class LegacyTooltip extends React.Component {
  componentDidMount() {
    // expect: unreachable
    const node = ReactDOM.findDOMNode(this);
    this.rect = node.getBoundingClientRect();
  }

  position() {
    // expect: unreachable
    const anchor = findDOMNode(this.anchor);
    return anchor ? anchor.getBoundingClientRect() : null;
  }

  render() {
    return (
      <span className="tooltip-anchor" ref={(el) => { this.anchor = el; }}>
        {this.props.children}
      </span>
    );
  }
}

export class AutoFocusInput extends React.Component {
  componentDidMount() {
    // expect: unreachable
    findDOMNode(this.refs.input).focus();
  }

  render() {
    return <input ref="input" type="text" placeholder={this.props.placeholder} />;
  }
}

export class MeasuredBox extends React.Component {
  constructor(props) {
    super(props);
    this.boxRef = React.createRef();
  }

  componentDidMount() {
    const rect = this.boxRef.current.getBoundingClientRect();
    this.props.onMeasure(rect);
  }

  render() {
    return <div ref={this.boxRef}>{this.props.children}</div>;
  }
}

export function FocusOnMount() {
  const inputRef = React.useRef(null);
  React.useEffect(() => {
    inputRef.current.focus();
  }, []);
  return <input ref={inputRef} />;
}
