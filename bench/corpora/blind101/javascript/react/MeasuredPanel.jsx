import React, { Component } from 'react';
import ReactDOM, { findDOMNode } from 'react-dom';

export class MeasuredPanel extends Component {
  state = { height: 0 };

  componentDidMount() {
    // expect: unreachable
    const node = ReactDOM.findDOMNode(this);
    this.setState({ height: node.getBoundingClientRect().height });
  }

  render() {
    return <section className="panel">{this.props.children}</section>;
  }
}

export class AutoScrollList extends Component {
  componentDidUpdate() {
    // expect: unreachable
    const list = findDOMNode(this);
    if (list) list.scrollTop = list.scrollHeight;
  }

  render() {
    return <ul className="messages">{this.props.items.map((m) => <li key={m.id}>{m.text}</li>)}</ul>;
  }
}

export class TooltipAnchor extends Component {
  position() {
    // expect: unreachable
    const anchor = ReactDOM.findDOMNode(this.props.target);
    return anchor ? anchor.getBoundingClientRect() : null;
  }

  render() {
    const rect = this.position();
    return <div className="tooltip" style={rect ? { top: rect.bottom, left: rect.left } : undefined}>{this.props.label}</div>;
  }
}

export function StaticPanel({ title, children }) {
  return (
    <section className="panel">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export class ResizeAware extends Component {
  handleResize = (entry) => this.setState({ width: entry.contentRect.width });

  render() {
    return <div className="resize-aware" data-width={this.state ? this.state.width : 0}>{this.props.children}</div>;
  }
}
