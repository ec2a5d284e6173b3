import React from 'react';
import ReactDOM, { findDOMNode } from 'react-dom';

export class Tooltip extends React.Component {
  componentDidMount() {
    // expect: unreachable
    const node = ReactDOM.findDOMNode(this);
    this.setState({ width: node.offsetWidth });
  }

  render() {
    return <span className="tooltip">{this.props.children}</span>;
  }
}

export class AutoScrollList extends React.Component {
  listRef = React.createRef();

  componentDidUpdate() {
    // expect: unreachable
    const list = findDOMNode(this.listRef.current);
    list.scrollTop = list.scrollHeight;
  }

  render() {
    return <ChatList ref={this.listRef} items={this.props.items} />;
  }
}

export class FocusTrap extends React.Component {
  focusFirst = () => {
    // expect: unreachable
    const el = findDOMNode(this.props.target);
    el.querySelector('button, [href], input').focus();
  };

  render() {
    return <div onFocus={this.focusFirst}>{this.props.children}</div>;
  }
}

export class Measured extends React.Component {
  rootRef = React.createRef();

  componentDidMount() {
    this.setState({ width: this.rootRef.current.getBoundingClientRect().width });
  }

  render() {
    return <div ref={this.rootRef}>{this.props.children}</div>;
  }
}

class ChatList extends React.Component {
  render() {
    return <ul className="chat">{this.props.items.map((m) => <li key={m.id}>{m.text}</li>)}</ul>;
  }
}
