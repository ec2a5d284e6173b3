import React from "react";
import ReactDOM from "react-dom";
import PropTypes from "prop-types";

// Tooltip used across the settings pages. It measures its anchor to place
// the bubble above or below it.
export class Tooltip extends React.Component {
  constructor(props) {
    super(props);
    this.state = { open: false, top: 0, left: 0 };
    this.bubbleRef = React.createRef();
    this.show = this.show.bind(this);
    this.hide = this.hide.bind(this);
  }

  show() {
    // expect: unreachable
    const anchor = ReactDOM.findDOMNode(this);
    const rect = anchor.getBoundingClientRect();
    this.setState({ open: true, top: rect.bottom + window.scrollY + 6, left: rect.left + window.scrollX });
  }

  hide() {
    this.setState({ open: false });
  }

  componentDidUpdate(prevProps, prevState) {
    if (this.state.open && !prevState.open && this.bubbleRef.current) {
      this.bubbleRef.current.focus();
    }
  }

  renderBubble() {
    const style = { position: "absolute", top: this.state.top, left: this.state.left };
    const bubble = <div ref={this.bubbleRef} role="tooltip" tabIndex={-1} className="tooltip" style={style}>{this.props.text}</div>;
    return ReactDOM.createPortal(bubble, document.body);
  }

  render() {
    return (
      <span className="tooltip-anchor" onMouseEnter={this.show} onMouseLeave={this.hide} onFocus={this.show} onBlur={this.hide}>
        {this.props.children}
        {this.state.open ? this.renderBubble() : null}
      </span>
    );
  }
}

Tooltip.propTypes = {
  text: PropTypes.string.isRequired,
  children: PropTypes.node.isRequired,
};

export function HelpIcon({ text }) {
  return (
    <Tooltip text={text}>
      <span className="help-icon" aria-label="Help" tabIndex={0}>?</span>
    </Tooltip>
  );
}
