import React from 'react';

type FeedProps = { userId: string; loadFeed: (id: string) => Promise<string[]> };
type FeedState = { items: string[] };

export class Feed extends React.Component<FeedProps, FeedState> {
  state: FeedState = { items: [] };

  // expect: unreachable
  componentWillMount() {
    this.props.loadFeed(this.props.userId).then((items) => this.setState({ items }));
  }

  // expect: unreachable
  componentWillReceiveProps(next: FeedProps) {
    if (next.userId !== this.props.userId) {
      next.loadFeed(next.userId).then((items) => this.setState({ items }));
    }
  }

  render() {
    return <ul>{this.state.items.map((i) => <li key={i}>{i}</li>)}</ul>;
  }
}

export class Chart extends React.Component<{ data: number[] }> {
  // expect: unreachable
  componentWillUpdate(next: { data: number[] }) {
    console.info('redrawing', next.data.length);
  }

  componentDidMount() {
    console.info('mounted');
  }

  componentDidUpdate(prev: { data: number[] }) {
    if (prev.data !== this.props.data) console.info('updated');
  }

  render() {
    return <canvas width={400} height={200} />;
  }
}
