import React from 'react';

interface CartProps { userId: string; items: { id: string; qty: number }[]; onChange(total: number): void; }
interface CartState { total: number; loading: boolean; }

export class LegacyCart extends React.Component<CartProps, CartState> {
  state: CartState = { total: 0, loading: true };

  // expect: unreachable
  componentWillMount() {
    this.setState({ total: this.sum(this.props.items) });
  }

  // expect: unreachable
  componentWillReceiveProps(next: CartProps) {
    if (next.items !== this.props.items) this.setState({ total: this.sum(next.items) });
  }

  // expect: unreachable
  componentWillUpdate(next: CartProps, nextState: CartState) {
    if (nextState.total !== this.state.total) this.props.onChange(nextState.total);
  }

  componentDidMount() {
    this.setState({ loading: false });
  }

  componentDidUpdate(prev: CartProps) {
    if (prev.userId !== this.props.userId) this.setState({ loading: true });
  }

  shouldComponentUpdate(next: CartProps, nextState: CartState) {
    return next.items !== this.props.items || nextState.total !== this.state.total;
  }

  sum(items: CartProps['items']): number {
    return items.reduce((n, i) => n + i.qty, 0);
  }

  render() {
    return <div className="cart">{this.state.loading ? 'Loading' : this.state.total}</div>;
  }
}
