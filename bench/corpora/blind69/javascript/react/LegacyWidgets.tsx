import React, { Component } from 'react';
import * as api from '../api';

type Props = { userId: string; filter: string; onLoad?: () => void };
type State = { rows: api.Row[]; loading: boolean; filter: string };

export class ActivityFeed extends Component<Props, State> {
  state: State = { rows: [], loading: true, filter: '' };

  // expect: legacy-lifecycle
  componentWillMount() {
    api.subscribe(this.props.userId, this.onRow);
  }

  // expect: legacy-lifecycle
  componentWillReceiveProps(next: Props) {
    if (next.filter !== this.props.filter) {
      this.setState({ filter: next.filter, loading: true });
    }
  }

  // expect: legacy-lifecycle
  componentWillUpdate(nextProps: Props, nextState: State) {
    if (nextState.rows.length > 500) api.trim(nextProps.userId);
  }

  componentDidMount() {
    // Safe: the current lifecycle method.
    if (this.props.onLoad) this.props.onLoad();
  }

  componentDidUpdate(prev: Props) {
    // Safe: the current lifecycle method.
    if (prev.userId !== this.props.userId) api.subscribe(this.props.userId, this.onRow);
  }

  componentWillUnmount() {
    // Safe: not deprecated.
    api.unsubscribe(this.props.userId, this.onRow);
  }

  onRow = (row: api.Row) => this.setState((s) => ({ rows: [...s.rows, row], loading: false }));

  render() {
    return <ul>{this.state.rows.map((r) => <li key={r.id}>{r.text}</li>)}</ul>;
  }
}

export class Clock extends React.PureComponent<{ tz: string }, { now: Date }> {
  timer?: ReturnType<typeof setInterval>;

  // expect: legacy-lifecycle
  UNSAFE_componentWillMount() {
    this.setState({ now: new Date() });
  }

  static getDerivedStateFromProps() {
    return null;
  }

  render() {
    return <time>{this.state.now.toISOString()}</time>;
  }
}
