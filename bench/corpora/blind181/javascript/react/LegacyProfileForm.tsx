import React from 'react';
import { fetchProfile, saveProfile, Profile } from '../api/profile';

// Profile editor from the 2018 admin app. The rest of the app moved to hooks;
// this class is still mounted on the "My account" page.

interface Props {
  userId: number;
  onSaved?: (p: Profile) => void;
}

interface State {
  profile: Profile | null;
  draftName: string;
  saving: boolean;
  error: string | null;
}

export class LegacyProfileForm extends React.Component<Props, State> {
  state: State = { profile: null, draftName: '', saving: false, error: null };

  componentDidMount() {
    this.load(this.props.userId);
  }

  // reloads when the admin switches to another user in the sidebar
  // expect: unreachable
  componentWillReceiveProps(next: Props) {
    if (next.userId !== this.props.userId) {
      this.load(next.userId);
    }
  }

  componentDidUpdate(prev: Props, prevState: State) {
    if (prevState.profile !== this.state.profile && this.state.profile) {
      document.title = `Account: ${this.state.profile.displayName}`;
    }
  }

  componentWillUnmount() {
    this.cancelled = true;
  }

  private cancelled = false;

  private async load(userId: number) {
    const profile = await fetchProfile(userId);
    if (!this.cancelled) {
      this.setState({ profile, draftName: profile.displayName });
    }
  }

  private handleSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    this.setState({ saving: true, error: null });
    try {
      const saved = await saveProfile(this.props.userId, { displayName: this.state.draftName });
      this.props.onSaved?.(saved);
    } catch (err) {
      this.setState({ error: 'Could not save' });
    } finally {
      this.setState({ saving: false });
    }
  };

  render() {
    if (!this.state.profile) {
      return <p>Loading…</p>;
    }
    return (
      <form onSubmit={this.handleSubmit}>
        <input value={this.state.draftName} onChange={(e) => this.setState({ draftName: e.target.value })} />
        <button disabled={this.state.saving}>Save</button>
        {this.state.error && <p className="error">{this.state.error}</p>}
      </form>
    );
  }
}
