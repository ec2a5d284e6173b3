// Account panel of the admin console (class components; the team is migrating to hooks).
import React from 'react';

type Props = { accountId: string; plan: string; onPlanChange: (plan: string) => void };
type State = { loading: boolean; usage: number | null; draftPlan: string };

export class AccountPanel extends React.Component<Props, State> {
  state: State = { loading: true, usage: null, draftPlan: this.props.plan };

  // expect: unreachable
  componentWillMount() {
    document.title = 'Account ' + this.props.accountId;
  }

  componentDidMount() {
    this.loadUsage(this.props.accountId);
  }

  // expect: unreachable
  componentWillReceiveProps(nextProps: Props) {
    if (nextProps.accountId !== this.props.accountId) {
      this.setState({ loading: true, usage: null, draftPlan: nextProps.plan });
      this.loadUsage(nextProps.accountId);
    }
  }

  // expect: unreachable
  componentWillUpdate(nextProps: Props, nextState: State) {
    if (nextState.draftPlan !== this.state.draftPlan) {
      window.localStorage.setItem('draftPlan', nextState.draftPlan);
    }
  }

  componentDidUpdate(prevProps: Props) {
    if (prevProps.plan !== this.props.plan) {
      this.setState({ draftPlan: this.props.plan });
    }
  }

  componentWillUnmount() {
    this.cancelled = true;
  }

  cancelled = false;

  async loadUsage(accountId: string) {
    const res = await fetch(`/api/accounts/${encodeURIComponent(accountId)}/usage`);
    const body = await res.json();
    if (!this.cancelled) this.setState({ loading: false, usage: body.usage });
  }

  render() {
    const { loading, usage, draftPlan } = this.state;
    return (
      <section className="account-panel">
        <p>{loading ? 'Loading…' : `Usage: ${usage}`}</p>
        <select value={draftPlan} onChange={(e) => this.setState({ draftPlan: e.target.value })}>
          <option value="free">Free</option>
          <option value="team">Team</option>
        </select>
        <button onClick={() => this.props.onPlanChange(draftPlan)}>Save</button>
      </section>
    );
  }
}
