import React from 'react';
import ReactDOM, { findDOMNode } from 'react-dom';
import * as DOM from 'react-dom';
import Popper from 'popper.js';

// Tooltip that positions itself next to whatever child it wraps.
export class TooltipAnchor extends React.Component {
  componentDidMount() {
    // expect: find-dom-node
    const anchor = ReactDOM.findDOMNode(this);
    this.popper = new Popper(anchor, this.props.tooltipEl, { placement: 'top' });
  }

  componentDidUpdate() {
    // expect: find-dom-node
    const node = findDOMNode(this.child);
    if (node) node.setAttribute('aria-describedby', this.props.tooltipId);
  }

  componentWillUnmount() {
    if (this.popper) this.popper.destroy();
  }

  render() {
    return React.cloneElement(React.Children.only(this.props.children), {
      ref: (c) => {
        this.child = c;
      },
    });
  }
}

export class AutoScroll extends React.Component {
  scrollToBottom = () => {
    // expect: find-dom-node
    const list = DOM.findDOMNode(this.list);
    list.scrollTop = list.scrollHeight;
  };

  componentDidUpdate() {
    this.scrollToBottom();
  }

  render() {
    return <ul ref={(el) => { this.list = el; }}>{this.props.children}</ul>;
  }
}

// Safe look-alikes: refs instead of findDOMNode.
export class FocusInput extends React.Component {
  inputRef = React.createRef();

  componentDidMount() {
    this.inputRef.current.focus();
  }

  render() {
    return <input ref={this.inputRef} {...this.props} />;
  }
}

export function MeasuredBox({ onMeasure, children }) {
  const ref = React.useRef(null);
  React.useLayoutEffect(() => {
    onMeasure(ref.current.getBoundingClientRect());
  }, [onMeasure]);
  return <div ref={ref}>{children}</div>;
}
