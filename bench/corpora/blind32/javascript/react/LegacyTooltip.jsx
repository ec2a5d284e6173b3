import React from 'react';
import ReactDOM, { findDOMNode } from 'react-dom';
import * as ReactDom from 'react-dom';
import PropTypes from 'prop-types';

export default class LegacyTooltip extends React.Component {
  constructor(props) {
    super(props);
    this.state = { top: 0, left: 0 };
    this.bubbleRef = React.createRef();
  }

  componentDidMount() {
    // expect: find-dom-node
    const anchor = ReactDOM.findDOMNode(this);
    const rect = anchor.getBoundingClientRect();
    this.setState({ top: rect.bottom + 4, left: rect.left });
  }

  componentDidUpdate(prevProps) {
    if (prevProps.open !== this.props.open && this.props.open) {
      // expect: find-dom-node
      findDOMNode(this.trigger).focus();
    }
  }

  measureBubble() {
    const bubble = this.bubbleRef.current;
    return bubble ? bubble.offsetWidth : 0;
  }

  scrollIntoView = () => {
    // expect: find-dom-node
    const node = ReactDom.findDOMNode(this.contentEl);
    if (node) node.scrollIntoView({ block: 'nearest' });
  };

  render() {
    const { label, open, children } = this.props;
    const bubble = open ? (
      <div ref={this.bubbleRef} className="tooltip" style={{ top: this.state.top, left: this.state.left }}>
        {label}
      </div>
    ) : null;
    return (
      <span ref={(el) => { this.trigger = el; }} onMouseEnter={this.scrollIntoView}>
        <span ref={(el) => { this.contentEl = el; }}>{children}</span>
        {bubble && ReactDOM.createPortal(bubble, document.body)}
      </span>
    );
  }
}

LegacyTooltip.propTypes = {
  label: PropTypes.node.isRequired,
  open: PropTypes.bool,
  children: PropTypes.node,
};

export function nodeOf(component) {
  const el = document.getElementById(component.props.id);
  return el;
}

export const domNodeOf = (instance) =>
  // expect: find-dom-node
  ReactDOM.findDOMNode(instance);
