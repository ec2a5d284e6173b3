import React from 'react';

interface Props {
  userId: string;
  theme: 'light' | 'dark';
}

interface State {
  user: { name: string; email: string } | null;
  loading: boolean;
}

export class LegacyProfile extends React.Component<Props, State> {
  state: State = { user: null, loading: true };

  // expect: unreachable
  componentWillMount() {
    this.load(this.props.userId);
  }

  // expect: unreachable
  componentWillReceiveProps(nextProps: Props) {
    if (nextProps.userId !== this.props.userId) {
      this.load(nextProps.userId);
    }
  }

  async load(userId: string) {
    const res = await fetch(`/api/users/${encodeURIComponent(userId)}`);
    this.setState({ user: await res.json(), loading: false });
  }

  render() {
    if (this.state.loading || !this.state.user) {
      return <p>Loading…</p>;
    }
    return (
      <div className={`profile ${this.props.theme}`}>
        <h2>{this.state.user.name}</h2>
        <p>{this.state.user.email}</p>
      </div>
    );
  }
}

export class ThemeFrame extends React.Component<Props> {
  private frame: HTMLDivElement | null = null;

  // expect: unreachable
  componentWillUpdate(nextProps: Props) {
    if (this.frame && nextProps.theme !== this.props.theme) {
      this.frame.classList.add('theme-changing');
    }
  }

  componentDidMount() {
    document.title = 'Profile';
  }

  componentDidUpdate(prevProps: Props) {
    if (this.frame && prevProps.theme !== this.props.theme) {
      this.frame.classList.remove('theme-changing');
    }
  }

  shouldComponentUpdate(nextProps: Props) {
    return nextProps.theme !== this.props.theme || nextProps.userId !== this.props.userId;
  }

  render() {
    return <div ref={(el) => { this.frame = el; }}>{this.props.children}</div>;
  }
}
