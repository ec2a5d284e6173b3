import React, { Component, createRef, useLayoutEffect, useRef } from 'react';
import ReactDOM, { findDOMNode } from 'react-dom';
import * as Dom from 'react-dom';
import PropTypes from 'prop-types';

export class Tooltip extends Component {
  componentDidMount() {
    // expect: find-dom-node
    const anchor = ReactDOM.findDOMNode(this);
    this.rect = anchor.getBoundingClientRect();
  }

  position() {
    // expect: find-dom-node
    const target = findDOMNode(this.props.target);
    return target ? target.getBoundingClientRect() : null;
  }

  render() {
    return <span className="tooltip">{this.props.children}</span>;
  }
}

Tooltip.propTypes = { target: PropTypes.object, children: PropTypes.node };

export class AutoFocus extends Component {
  componentDidUpdate(prev) {
    if (!prev.active && this.props.active) {
      // expect: find-dom-node
      Dom.findDOMNode(this.input).focus();
    }
  }

  render() {
    return <input ref={(c) => { this.input = c; }} />;
  }
}

export class ScrollSpy extends Component {
  handleScroll = () => {
    const { top } = ReactDOM
      // expect: find-dom-node
      .findDOMNode(this.section)
      .getBoundingClientRect();
    this.props.onVisible(top < window.innerHeight);
  };

  render() {
    return <section ref={(s) => { this.section = s; }}>{this.props.children}</section>;
  }
}

// Safe look-alikes: refs.
export class Measure extends Component {
  box = createRef();

  componentDidMount() {
    this.props.onSize(this.box.current.getBoundingClientRect());
  }

  render() {
    return <div ref={this.box}>{this.props.children}</div>;
  }
}

export function FocusOnMount() {
  const ref = useRef(null);
  useLayoutEffect(() => { ref.current.focus(); }, []);
  return <input ref={ref} />;
}
