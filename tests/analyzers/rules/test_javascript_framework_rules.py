"""The JavaScript/TypeScript classes of the frameworks and platform packs (issue 32) report in the shapes
TypeScript and React code is written in — typed parameters, generics, TSX — on the line of the
problem, once, and stay quiet on the safe look-alikes beside them.

Each file marks the lines that must be reported with a trailing `// expect: <rule-id>` comment;
every other line must stay quiet for every rule of the pack and for the JWT rules it borders on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules.loader import BUILTIN_PACKS
from postil.config import LoadedConfig, PostilConfig

PACKS = (BUILTIN_PACKS / "javascript-frameworks.yml", BUILTIN_PACKS / "javascript-platform.yml")
NEIGHBOURS = {"js/security/jwt-decode-without-verify", "js/security/jwt-hardcoded-secret",
              "js/security/jwt-verify-without-algorithms"}

SERVER_TS = """\
import { ApolloServer } from '@apollo/server';
import * as argon2 from 'argon2';
import * as jwt from 'jsonwebtoken';
import * as https from 'https';
import { Request, Response } from 'express';

export const server = new ApolloServer<Context>({ schema, csrfPrevention: false });  // expect: js/security/apollo-csrf-prevention-disabled
export const safeServer = new ApolloServer<Context>({ schema });

export async function hash(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2i, memoryCost: 2 ** 16 });  // expect: js/security/argon2-weak-variant
}

export const agent = new https.Agent({ minVersion: 'TLSv1' as const });  // expect: js/security/tls-weak-version
export const strictAgent = new https.Agent({ minVersion: 'TLSv1.2' });

export function issue(username: string, password: string): string {
  return jwt.sign({ username, password }, process.env.JWT_SECRET as string);  // expect: js/security/jwt-payload-credentials
}

export class OrderController {
  async update(req: Request<{ id: string }>, res: Response): Promise<void> {
    const order = await this.repo.findOneOrFail(req.params.id);
    Object.assign(order, req.body);  // expect: js/security/request-body-assigned-to-object
    const { note } = req.body as { note: string };
    Object.assign(order, { note });
    res.json(order);
  }
}

export function find(items: Item[], id: string): Item {
  const item = items.find((i: Item) => i.id === i.id);  // expect: js/correctness/self-comparison
  if (!item) throw new Error('Item ${id} not found');  // expect: js/correctness/string-with-template-placeholder
  return item;
}
"""

VIEW_TSX = """\
import React, { useState } from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';

export function Comment({ body, site }: { body: string; site: string }): JSX.Element {
  const [open, setOpen] = useState<boolean>(false);
  const close = (): void => setOpen(open);  // expect: js/correctness/react-set-state-same-value
  const toggle = (): void => setOpen(!open);
  return (
    <div onClick={toggle} onBlur={close}>
      <ReactMarkdown rehypePlugins={[rehypeRaw]}>{body}</ReactMarkdown>  {/* expect: js/security/react-markdown-raw-html */}
      <ReactMarkdown rehypePlugins={[rehypeRaw, rehypeSanitize]}>{body}</ReactMarkdown>
      <a href={site} target="_blank">site</a>  {/* expect: js/security/target-blank-without-noopener */}
      <a href={site} target="_blank" rel="noopener noreferrer">site</a>
    </div>
  );
}
"""

TOKENS_JS = """\
const jwt = require('jwt-simple');
const crypto = require('crypto');

function read(token) {
  const claims = jwt.decode(token, process.env.SECRET);
  const unchecked = jwt.decode(token, process.env.SECRET, true);  // expect: js/security/jwt-simple-decode-no-verify
  return { claims, unchecked };
}

function sign(body) {
  const weak = crypto.createHmac('sha256', 'webhook-secret').update(body).digest('hex');  // expect: js/security/hmac-hardcoded-key
  return crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex') + weak;
}
"""

CHECKS_TS = """\
import { createDecipheriv, createHmac, timingSafeEqual } from 'crypto';
import { NestFactory } from '@nestjs/core';
import AdmZip from 'adm-zip';

export function isKnown(users: User[], id: string): boolean {
  if (users.findIndex((u: User) => u.id === id)) return true;  // expect: js/correctness/indexof-as-condition
  if (users.findIndex((u: User) => u.id === id) !== -1) return true;
  return users.find((u: User) => u.id === id) !== -1;  // expect: js/correctness/find-compared-with-index-sentinel
}

export const slots: Slot[] = new Array<Slot>(7).map((_, day: number) => ({ day }));  // expect: js/correctness/callback-over-empty-array
export const filled: Slot[] = Array.from({ length: 7 }, (_, day: number) => ({ day }));

export function open(key: Buffer, iv: Buffer, tag: Buffer): Buffer {
  const loose = createDecipheriv('aes-256-gcm', key, iv);  // expect: js/security/gcm-decipher-tag-length-unchecked
  const strict = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  strict.setAuthTag(tag);
  return loose.final();
}

export async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { cors: true });  // expect: js/security/nestjs-cors-any-origin
  app.enableCors({ origin: ['https://app.example.com'] });
}

export function unzip(buf: Buffer, outDir: string): void {
  for (const entry of new AdmZip(buf).getEntries()) {
    fs.writeFileSync(path.join(outDir, entry.entryName), entry.getData());  // expect: js/security/archive-entry-path-join
  }
}

export function verify(payload: string, signature: string): boolean {
  const computed: string = createHmac('sha256', process.env.KEY as string).update(payload).digest('hex');
  if (signature.length !== computed.length) return false;
  return computed === signature  // expect: js/security/signature-compared-with-equals
    || timingSafeEqual(Buffer.from(computed), Buffer.from(signature));
}

export const getLogger = (name: string) => ({
  info: (msg: string, ...args: unknown[]) => console.info(`[${name}] ${msg}`, ...args),
});

export function logAll(user: string, items: string[]): void {
  console.log(`items of ${user}`, ...items);  // expect: js/security/format-string-built-from-value
}
"""

LEGACY_TSX = """\
import React from 'react';
import { findDOMNode } from 'react-dom';

export class Tooltip extends React.Component<Props> {
  private box = React.createRef<HTMLDivElement>();
  componentDidMount(): void {
    (findDOMNode(this) as HTMLElement).focus();  // expect: js/correctness/react-find-dom-node
    this.box.current?.focus();
  }
  render(): JSX.Element {
    return <div ref={this.box}>{this.props.children}</div>;
  }
}
"""

RENDER_TS = """\
import express, { Request, Response } from 'express';
import { createDecipheriv, pbkdf2Sync } from 'crypto';
import path from 'path';

const app = express();
app.use(express.static(__dirname));  // expect: js/security/static-files-from-project-root
app.use(express.static(path.join(__dirname, 'public')));

export function page(state: AppState): string {
  const safe = `<script>window.__S__ = ${JSON.stringify(state).replace(/</g, '\\\\u003c')}</script>`;
  return safe + `<script>window.__S__ = ${JSON.stringify(state)}</script>`;  // expect: js/security/script-tag-built-from-value
}

export function hash(password: string, salt: Buffer): Buffer {
  return pbkdf2Sync(password, salt, 1000, 64, 'sha512');  // expect: js/security/password-kdf-weak-parameters
}

export function open(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer): string {
  const d = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });  // expect: js/security/aead-decipher-without-final
  d.setAuthTag(tag);
  return d.update(data).toString('utf8');
}

export async function visible(req: Request, res: Response, docs: Doc[]): Promise<void> {
  if (req.body === {}) res.status(400);  // expect: js/correctness/compare-with-fresh-literal
  const shown: Doc[] = docs.filter(async (d: Doc): Promise<boolean> => canRead(req.user, d));  // expect: js/correctness/async-array-predicate
  const year: number = new Date().getYear();  // expect: js/correctness/date-get-year
  const newest: number = Math.max(docs.map((d: Doc) => d.updated));  // expect: js/correctness/math-max-single-argument
  res.json({ shown, year, newest, top: Math.max(...docs.map((d: Doc) => d.updated)) });
}
"""

PLATFORM_TSX = """\
import * as rds from 'aws-cdk-lib/aws-rds';
import { createHash } from 'crypto';

export class DataStack extends Stack {
  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id, props);
    new rds.DatabaseInstance(this, 'Orders', { engine: props.engine, vpc: props.vpc });  // expect: js/security/cdk-database-unencrypted-by-default
    new rds.DatabaseInstance(this, 'Audit', { engine: props.engine, vpc: props.vpc, storageEncrypted: true });
  }
}

export const hashPassword = (user: User): string =>
  createHash('sha256').update(user.password).digest('hex');  // expect: js/security/fast-hash-for-password
export const etag = (body: Buffer): string => createHash('sha256').update(body).digest('hex');

export function trusted(origin: string): boolean {
  const host: string = new URL(origin).hostname;
  return host.endsWith('example.com')  // expect: js/security/host-check-without-dot
    || host === 'example.com' || host.endsWith('.example.com');
}

export const Preview = ({ html }: { html: string }): JSX.Element => (
  <div>
    <iframe srcDoc={html} sandbox="allow-scripts allow-same-origin" />  {/* expect: js/security/iframe-sandbox-escape */}
    <iframe srcDoc={html} sandbox="allow-scripts" />
  </div>
);

export function ids(users: User[], role: string): string[] {
  if (role in ['admin', 'owner']) return [];  // expect: js/correctness/in-operator-on-array-literal
  if (users.length < 0) return [];  // expect: js/correctness/length-compared-below-zero
  return users.reduce((acc: string[], u: User) => acc.push(u.id), [] as string[]);  // expect: js/correctness/reduce-returns-push
}

const TOKEN: RegExp = /[a-f0-9]{32}/g;
const HEX: RegExp = /^[a-f0-9]+$/;
export const isToken = (s: string): boolean => TOKEN.test(s) && HEX.test(s);  // expect: js/correctness/global-regex-test-reused

export async function login(user: User, password: string): Promise<User | null> {
  if (bcrypt.compare(password, user.hash)) return user;  // expect: js/security/password-check-not-awaited
  if (await bcrypt.compare(password, user.oldHash)) return user;
  try {
    return await refresh(user);
  } catch (err: unknown) {
    log(JSON.stringify(err));  // expect: js/correctness/json-stringify-error
    if (!user.id) new Error('no id');  // expect: js/correctness/error-created-not-thrown
    return null;
  }
}

export const clean = (html: string): string =>
  DOMPurify.sanitize(html, { ADD_TAGS: ['iframe'] as string[] });  // expect: js/security/sanitizer-allows-everything
"""

FILES = {"src/server.ts": SERVER_TS, "src/Comment.tsx": VIEW_TSX, "src/tokens.js": TOKENS_JS,
         "src/checks.ts": CHECKS_TS, "src/Tooltip.tsx": LEGACY_TSX,
         "src/render.ts": RENDER_TS, "src/platform.tsx": PLATFORM_TSX}
EXPECT = re.compile(r"(?://|\{/\*) expect: (\S+?)(?: \*/\})?$")


def _pack_ids() -> set[str]:
    return {rule for pack in PACKS for rule in re.findall(r"^id: (\S+)$", pack.read_text(), flags=re.MULTILINE)}


@pytest.fixture(scope="module")
def checker(tmp_path_factory) -> Checker:
    root = tmp_path_factory.mktemp("ws")
    (root / ".git").mkdir()
    return Checker(LoadedConfig(PostilConfig(), root / "pyproject.toml", root))


def marked_and_found(checker: Checker, name: str, code: str, watched: set[str]) -> tuple[list, list]:
    """(line, rule) pairs the file's `expect:` marks name, and those ``watched`` rules report when the
    file is checked at ``name`` in the checker's workspace."""
    expected = sorted((number, m.group(1)) for number, line in enumerate(code.splitlines(), start=1)
                      if (m := EXPECT.search(line)))
    path = Path(checker.loaded.root) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(code)
    found = sorted((f.span.start_line + 1, f.rule) for f in checker.check_text(path, code) if f.rule in watched)
    return expected, found


@pytest.mark.parametrize("name", FILES)
def test_framework_rules_report_typed_and_tsx_shapes_once_on_their_line(checker, name):
    expected, found = marked_and_found(checker, name, FILES[name], _pack_ids() | NEIGHBOURS)
    assert expected  # every file has lines to report
    assert found == expected
