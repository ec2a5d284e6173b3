// react: settings page with server-rendered help and a legacy class component
import React, { Component } from 'react';
import ReactDOM from 'react-dom';
import sanitizeHtml from 'sanitize-html';

export class HelpPanel extends Component {
  componentDidMount() {
    // expect: xss
    ReactDOM.findDOMNode(this).innerHTML = this.props.helpHtml;
  }

  render() {
    return <aside className="help" />;
  }
}

export class HelpPanelSafe extends Component {
  render() {
    const clean = sanitizeHtml(this.props.helpHtml, { allowedTags: ['b', 'i', 'a', 'p'] });
    return <aside className="help" dangerouslySetInnerHTML={{ __html: clean }} />;
  }
}

export function Signature({ user }) {
  // expect: xss
  return <div className="sig" dangerouslySetInnerHTML={{ __html: `<p>${user.signature}</p>` }} />;
}

export function Logo() {
  return <span dangerouslySetInnerHTML={{ __html: '<svg width="16" height="16"><circle cx="8" cy="8" r="8"/></svg>' }} />;
}

export function Website({ user }) {
  const href = /^https?:\/\//i.test(user.website) ? user.website : undefined;
  return <a href={href} rel="noopener noreferrer" target="_blank">{user.website}</a>;
}

export function WebsiteUnsafe({ user }) {
  // expect: xss
  return <a href={user.website}>{user.website}</a>;
}

export function ExportLink({ token }) {
  // expect: insecure-transport
  return <a href={'http://exports.example.com/download?token=' + token}>Download export</a>;
}

export function DocsLink() {
  return <a href="https://docs.example.com/settings" target="_blank" rel="noreferrer">Docs</a>;
}

export default function SettingsPage({ user, helpHtml }) {
  return (
    <main>
      <HelpPanelSafe helpHtml={helpHtml} />
      <Signature user={user} />
      <Website user={user} />
      <Logo />
      <DocsLink />
    </main>
  );
}
