import React from 'react';
import ReactDOM from 'react-dom';
import { findDOMNode } from 'react-dom';
import PropTypes from 'prop-types';

export class LegacyTooltip extends React.Component {
  constructor(props) {
    super(props);
    this.state = { top: 0, left: 0 };
    this.anchorRef = React.createRef();
  }

  componentDidMount() {
    // expect: unreachable
    const node = ReactDOM.findDOMNode(this);
    const rect = node.getBoundingClientRect();
    this.setState({ top: rect.bottom + 4, left: rect.left });
  }

  measureChild() {
    // expect: unreachable
    const child = findDOMNode(this.refs.content);
    return child ? child.offsetWidth : 0;
  }

  focusFirst() {
    // expect: unreachable
    const el = ReactDOM.findDOMNode(this.props.owner);
    el.querySelector('input')?.focus();
  }

  // Look-alike: a ref to the element the component renders.
  anchorWidth() {
    return this.anchorRef.current ? this.anchorRef.current.offsetWidth : 0;
  }

  render() {
    const { top, left } = this.state;
    return (
      <span ref={this.anchorRef} className="tooltip-anchor">
        {this.props.children}
        <span ref="content" className="tooltip" style={{ top, left }}>{this.props.text}</span>
      </span>
    );
  }
}

LegacyTooltip.propTypes = {
  text: PropTypes.string.isRequired,
  children: PropTypes.node,
  owner: PropTypes.object,
};
