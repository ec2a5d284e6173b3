import React from 'react';
import PropTypes from 'prop-types';
import { fetchQuote, subscribeTicker } from '../api/market';

export class QuoteCard extends React.Component {
  state = { quote: null };

  // expect: unreachable
  componentWillMount() {
    fetchQuote(this.props.symbol).then((quote) => this.setState({ quote }));
  }

  render() {
    const { quote } = this.state;
    return <div className="quote-card">{quote ? quote.price : '…'}</div>;
  }
}

export class TickerTape extends React.PureComponent {
  constructor(props) {
    super(props);
    this.state = { prices: {} };
  }

  // expect: unreachable
  componentWillReceiveProps(nextProps) {
    if (nextProps.symbols !== this.props.symbols) {
      this.unsubscribe && this.unsubscribe();
      this.unsubscribe = subscribeTicker(nextProps.symbols, (prices) => this.setState({ prices }));
    }
  }

  // expect: unreachable
  componentWillUpdate(nextProps, nextState) {
    this.previousScroll = this.list ? this.list.scrollLeft : 0;
  }

  render() {
    return <ul ref={(el) => { this.list = el; }}>{Object.keys(this.state.prices).map((s) => <li key={s}>{s}</li>)}</ul>;
  }
}

// Safe look-alikes: the current lifecycle methods.
export class Watchlist extends React.Component {
  static getDerivedStateFromProps(props, state) {
    return props.items !== state.items ? { items: props.items } : null;
  }

  state = { items: [] };

  componentDidMount() {
    this.timer = setInterval(() => this.props.onRefresh(), 30000);
  }

  componentDidUpdate(prevProps) {
    if (prevProps.filter !== this.props.filter) this.props.onRefresh();
  }

  getSnapshotBeforeUpdate() {
    return this.list ? this.list.scrollTop : 0;
  }

  componentWillUnmount() {
    clearInterval(this.timer);
  }

  render() {
    return <ol ref={(el) => { this.list = el; }}>{this.state.items.map((i) => <li key={i.id}>{i.name}</li>)}</ol>;
  }
}

Watchlist.propTypes = { items: PropTypes.array, filter: PropTypes.string, onRefresh: PropTypes.func };
