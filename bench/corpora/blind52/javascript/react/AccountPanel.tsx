import React, { Component } from 'react';
import { fetchAccount, subscribe, unsubscribe, Account } from '../api/accounts';

interface Props {
  accountId: string;
  highlight?: boolean;
}

interface State {
  account: Account | null;
  dirty: boolean;
  lastSeenId: string | null;
}

export class AccountPanel extends Component<Props, State> {
  state: State = { account: null, dirty: false, lastSeenId: null };

  // expect: legacy-lifecycle
  componentWillMount() {
    subscribe(this.props.accountId, this.handleUpdate);
  }

  // expect: legacy-lifecycle
  componentWillReceiveProps(next: Props) {
    if (next.accountId !== this.props.accountId) {
      unsubscribe(this.props.accountId, this.handleUpdate);
      subscribe(next.accountId, this.handleUpdate);
    }
  }

  // expect: legacy-lifecycle
  componentWillUpdate(nextProps: Props, nextState: State) {
    if (nextState.dirty && !this.state.dirty) {
      window.onbeforeunload = () => 'You have unsaved changes';
    }
  }

  componentDidMount() {
    fetchAccount(this.props.accountId).then((account) => this.setState({ account }));
  }

  componentWillUnmount() {
    unsubscribe(this.props.accountId, this.handleUpdate);
    window.onbeforeunload = null;
  }

  handleUpdate = (account: Account) => this.setState({ account, dirty: false });

  render() {
    const { account } = this.state;
    if (!account) return <p>Loading…</p>;
    return <section className={this.props.highlight ? 'panel panel--hl' : 'panel'}>{account.name}</section>;
  }
}

export class BillingBadge extends React.Component<{ plan: string }, { seenPlan: string }> {
  state = { seenPlan: this.props.plan };

  static getDerivedStateFromProps(props: { plan: string }, state: { seenPlan: string }) {
    return props.plan !== state.seenPlan ? { seenPlan: props.plan } : null;
  }

  // expect: legacy-lifecycle
  UNSAFE_componentWillReceiveProps(next: { plan: string }) {
    if (next.plan === 'trial') console.info('trial account');
  }

  componentDidUpdate(prev: { plan: string }) {
    if (prev.plan !== this.props.plan) document.title = `Plan: ${this.props.plan}`;
  }

  render() {
    return <span className="badge">{this.state.seenPlan}</span>;
  }
}
