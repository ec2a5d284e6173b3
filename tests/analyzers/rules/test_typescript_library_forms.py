"""Library classes of the JavaScript packs (issue 32) report in the forms TypeScript code writes them:
casts of request values (`req.query.view as string`, `req.header('origin') as string`), typed destructured props, classes holding a
knex instance, React components that copy props into state, CDK v1 imports. `postil rules test` runs its cases in the JavaScript grammar only, where
`as string` does not parse as a cast; these files are checked as .ts/.tsx.

Each file marks the lines that must be reported with a trailing `// expect: <rule-id>` comment; every
other line must stay quiet for the watched rules."""

from __future__ import annotations

import re
import pytest

from tests.analyzers.rules.test_javascript_framework_rules import checker, marked_and_found  # noqa: F401 (a fixture)

ROUTES_TS = """\
import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/pages', (req: Request, res: Response) => {
  // (the taint rule of the class names the source: express-render-request-input's finding here is folded into it)
  res.render(req.query.view as string, { user: req.user });  // expect: js/security/tainted-view-path
});

router.get('/pages/show', (req: Request, res: Response) => {
  res.render('pages/show', { page: req.query.page as string });
});

router.get('/search', (req: Request, res: Response) => {
  const matcher = new RegExp(req.query.q as string, 'i');  // expect: js/security/tainted-regex
  const fixed = new RegExp('^[a-z]+$', 'i');
  res.json({ ok: matcher.test('a') && fixed.test('b') });
});

export default router;
"""

LINKS_TSX = """\
import React from 'react';

export function ExternalLink({ href, title }: { href: string; title: string }) {
  return <a href={href}>{title}</a>;  // expect: js/security/link-component-unchecked-href
}

export function SafeLink({ href, title }: { href: string; title: string }) {
  const safe = /^https?:\\/\\//.test(href) ? href : '#';
  return <a href={safe} rel="noopener noreferrer">{title}</a>;
}

export function NavItem({ href, label }: { href: string; label: string }) {
  return <Link href={href}>{label}</Link>;
}
"""

STACK_TS = """\
import * as cdk from '@aws-cdk/core';
import { Queue, QueueEncryption } from '@aws-cdk/aws-sqs';

export class JobsStack extends cdk.Stack {
  constructor(scope: cdk.Construct, id: string) {
    super(scope, id);
    const jobs = new Queue(this, 'Jobs', { visibilityTimeout: cdk.Duration.seconds(300) });  // expect: js/security/cdk-resource-unprotected-by-default
    const audit = new Queue(this, 'Audit', { encryption: QueueEncryption.KMS_MANAGED });
  }
}
"""

REPOSITORY_TS = """\
import { Knex } from 'knex';

export class ItemsRepository {
  constructor(private readonly db: Knex) {}

  renamed(label: string) {
    return this.db('items').select(this.db.raw(`name AS "${label}"`));  // expect: js/security/sql-injection-string-building
  }

  renamedSafely(label: string) {
    return this.db('items').select(this.db.raw('name AS ??', [label]));
  }
}
"""

AUTH_TS = """\
import { Strategy as JwtStrategy, ExtractJwt, StrategyOptions } from 'passport-jwt';
import { chromium } from 'playwright';

const opts: Partial<StrategyOptions> = {};
opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
opts.secretOrKey = 'shhhhh-signing';  // expect: js/security/jwt-config-hardcoded-secret
opts.issuer = 'accounts.example.com';

export async function screenshot(url: string): Promise<Buffer> {
  const browser = await chromium.launch();
  const context = await browser.newContext({ ignoreHTTPSErrors: true });  // expect: js/security/browser-ignores-certificate-errors
  const strict = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await strict.newPage();
  await page.goto(url);
  await context.close();
  return page.screenshot();
}
"""

CORS_TS = """\
import { Request, Response } from 'express';

export function withCors(req: Request, res: Response) {
  res.setHeader('Access-Control-Allow-Origin', req.header('origin') as string);  // expect: js/security/cors-origin-reflected
  res.end();
}

export function fixedCors(req: Request, res: Response) {
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  res.setHeader('X-Request-Id', req.header('x-request-id') as string);
  res.end();
}
"""

PROFILE_TSX = """\
import React, { useState } from 'react';

type Props = { email: string; tags: string[]; initialName: string };

export class EmailField extends React.Component<Props, { email: string }> {
  state = { email: this.props.email.trim() };  // expect: js/correctness/react-props-copied-to-state
  render() {
    return <input value={this.state.email} />;
  }
}

export class TagCloud extends React.Component<Props, { tags: string[] }> {
  constructor(props: Props) {
    super(props);
    this.state = { tags: this.props.tags.slice() };  // expect: js/correctness/react-props-copied-to-state
  }
  render() {
    return <p>{this.state.tags.join(', ')}</p>;
  }
}

export function Email({ email }: Props) {
  const [draft, setDraft] = useState(email);  // expect: js/correctness/react-props-copied-to-state
  return <input value={draft} onChange={(e) => setDraft(e.target.value)} />;
}

export function Name({ initialName }: Props) {
  const [name, setName] = useState(initialName);
  return <input value={name} onChange={(e) => setName(e.target.value)} />;
}
"""

FILES = {"src/cors.ts": CORS_TS, "src/routes.ts": ROUTES_TS, "src/Links.tsx": LINKS_TSX, "infra/stack.ts": STACK_TS,
         "src/items.repository.ts": REPOSITORY_TS, "src/auth.ts": AUTH_TS,
         "src/Profile.tsx": PROFILE_TSX}
WATCHED = {rule for code in FILES.values() for rule in re.findall(r"// expect: (\S+)$", code, flags=re.MULTILINE)}


@pytest.mark.parametrize("name", FILES)
def test_library_rules_report_typescript_forms_once_on_their_line(checker, name):
    expected, found = marked_and_found(checker, name, FILES[name], WATCHED)
    assert found == expected
