import React from 'react';
import ReactDOM from 'react-dom';
import PropTypes from 'prop-types';
import { positionTooltip } from './tooltipPosition';

// Legacy class component kept for the old settings pages.
export default class TooltipAnchor extends React.Component {
  constructor(props) {
    super(props);
    this.state = { open: false, coords: null };
    this.tipRef = React.createRef();
    this.show = this.show.bind(this);
    this.hide = this.hide.bind(this);
  }

  componentDidMount() {
    // expect: unreachable
    this.anchorNode = ReactDOM.findDOMNode(this);
    window.addEventListener('scroll', this.hide, { passive: true });
  }

  componentWillUnmount() {
    window.removeEventListener('scroll', this.hide);
  }

  show() {
    const coords = positionTooltip(this.anchorNode, this.tipRef.current);
    this.setState({ open: true, coords });
  }

  hide() {
    if (this.state.open) this.setState({ open: false });
  }

  render() {
    const { label, children } = this.props;
    const { open, coords } = this.state;
    return (
      <span className="tooltip-anchor" onMouseEnter={this.show} onMouseLeave={this.hide}>
        {children}
        {open && (
          <span ref={this.tipRef} role="tooltip" className="tooltip" style={coords}>
            {label}
          </span>
        )}
      </span>
    );
  }
}

TooltipAnchor.propTypes = {
  label: PropTypes.string.isRequired,
  children: PropTypes.node.isRequired,
};
