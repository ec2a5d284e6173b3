"""A JavaScript/TypeScript file that does not parse is reported once, as `js/syntax-error` with the
line, column and what the parser met (like the Python `syntax-error`), and the rest is still
checked; files in the shapes real projects use (React JSX, NestJS and Angular decorators, TS
generics, top-level await, optional chaining, private fields) are not reported. Both ways a check
runs: in process (few files) and through the ast-grep CLI (from 64 files)."""

from __future__ import annotations

from pathlib import Path

import pytest

BROKEN = {
    # a parameter list left open: tree-sitter inserts the `)` (no ERROR node)
    "routes.js": "function list(dir {\n  return dir;\n}\n"
                 "exports.run = (code) => eval(code);\n",
    # an unfinished merge
    "config.ts": "<<<<<<< HEAD\nexport const port: number = 3000;\n=======\nexport const port: number = 8080;\n>>>>>>> feat\n",
    "widget.tsx": "export const Widget = () => {\n  const n = 1 +;\n  return <div>{n}</div>;\n};\n",
}
EXPECTED = [
    ("config.ts", 1, 1, "SyntaxError: unexpected `<<<<<<< HEAD`"),
    ("routes.js", 1, 18, "SyntaxError: missing `)`"),
    ("widget.tsx", 2, 15, "SyntaxError: unexpected `+`"),
]

VALID = {
    "List.jsx": """\
import React, { useState } from 'react';

export default function List({ items = [], onPick }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen((o) => !o)} {...(open ? { 'aria-expanded': true } : {})}>toggle</button>
      {open && <ul>{items?.map((i) => <li key={i.id} onClick={() => onPick?.(i)}>{i.label ?? '-'}</li>)}</ul>}
    </>
  );
}
""",
    "cats.controller.ts": """\
import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';

@Controller('cats')
export class CatsController {
  constructor(private readonly cats: CatsService) {}

  @Get(':id')
  async findOne(@Param('id', ParseIntPipe) id: number): Promise<Cat | undefined> {
    return this.cats.find(id)!;
  }

  @Post()
  create(@Body() dto: CreateCatDto) {
    return this.cats.create({ ...dto } satisfies Partial<Cat>);
  }
}
""",
    "hero.service.ts": """\
import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';

type Page<T> = { items: T[]; next?: string };
export enum Kind { Hero = 'hero', Villain = 'villain' }

@Injectable({ providedIn: 'root' })
export class HeroService {
  private cache = new Map<string, Page<Hero>>();
  constructor(private http: HttpClient) {}
  page<T extends Hero = Hero>(url: string): Observable<Page<T>> {
    return this.http.get<Page<T>>(url).pipe(map((p) => p as Page<T>));
  }
}
export type { Page };
""",
    "server.mjs": """\
import express from 'express';
import config from './config.json' with { type: 'json' };

const app = express();
const ready = await import('./db.mjs').then((m) => m.connect(config?.db ?? {}));
class Counter { #n = 0n; static { Counter.zero = new Counter(); } inc() { this.#n += 1n; return this; } }
app.locals.limit ??= 1_000;
app.get('/health', async (_req, res) => res.json({ ok: Boolean(ready) }));
export default app;
""",
    # Flow annotations and JSON import assertions (Node 16-21): what Babel-based projects run
    "legacy.js": """\
// @flow
import schema from './schema.json' assert { type: 'json' };

export function label(count: number, unit?: string): string {
  return `${count} ${unit ?? schema.defaultUnit}`;
}
""",
    # TypeScript the grammar lags behind: types imported in place (as tsc writes .d.ts files) and
    # `export type *`
    "queues.d.ts": """\
export type * as ZSpec from "zigbee-herdsman/dist/zspec";
export declare class PredictionQueue {
    getQueue(): import("bullmq").Queue<any, any, string>;
    settings: { devices: import("./security").Device[] };
}
export declare const services: {
    getDocumentLoaders: () => Promise<import("flowise-components").INode[]>;
};
""",
    "Chart.tsx": """\
import type { FC, ReactNode } from 'react';

export const Chart = <T,>({ data, render }: { data: T[]; render: (d: T) => ReactNode }) => (
  <svg viewBox="0 0 10 10">{data.map((d, i) => <g key={i}>{render(d)}</g>)}</svg>
);
export const Empty: FC = () => null;
""",
    # styled-components' props typed with an object type on the tagged template (the grammar lags here too)
    "Badge.tsx": """\
import styled from 'styled-components';

export const Badge = styled.span<{ $tone?: 'info' | 'warn'; compact: boolean }>`
  color: ${({ $tone }) => ($tone === 'warn' ? '#b45309' : '#1d4ed8')};
  padding: ${(p) => (p.compact ? 2 : 6)}px;
`;
export const Card = styled(Box)<BoxProps & {
  $raised?: boolean;
}>`box-shadow: ${(p) => (p.$raised ? '0 1px 4px #0003' : 'none')};`;
""",
    # Prisma's raw queries typed with an array of rows (its docs' `prisma.$queryRaw<User[]>\`...\``)
    "posts.ts": """\
import { prisma } from './db';

export async function bySlug(slug: string) {
  const rows = await prisma.$queryRaw<PostRow[]>`SELECT id, title FROM "Post" WHERE slug = ${slug}`;
  const [stats] = await prisma.$queryRaw<{ views: number }[]>`SELECT views FROM "Stats" WHERE slug = ${slug}`;
  return { post: rows[0] ?? null, views: stats?.views ?? 0 };
}
""",
    # explicit resource management as TypeScript 5.2 compiles it (Puppeteer's sources), and `using`
    # as a plain variable name in JavaScript (knex's query compiler)
    "handles.ts": """\
export async function titles(page: Page): Promise<string[]> {
  using frames = await page.frameHandles();
  await using session = await page.createCDPSession();
  const out: string[] = [];
  for (using frame of frames) {
    out.push(await frame.title());
  }
  for await (using handle of page.iterate()) {
    out.push(String(handle));
  }
  return out;
}
""",
    "joins.js": """\
function usingClause(tableJoins) {
  let using = '';
  if (tableJoins.length > 0) {
    using += (using ? ',' : 'using ') + tableJoins.join(',');
  }
  using = using.trim();
  return using;
}
""",
}


@pytest.mark.parametrize("clean_files", [0, 70], ids=["in process", "ast-grep CLI"])
def test_a_js_file_that_does_not_parse_is_reported_once_and_the_rest_is_checked(postil, tmp_path: Path, clean_files):
    for name, text in {**BROKEN, **VALID}.items():
        (tmp_path / name).write_text(text)
    for i in range(clean_files):
        (tmp_path / f"clean{i}.js").write_text(f"export const VALUE_{i} = {i};\n")
    done = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.code == 0, done.stderr
    findings = done.json["findings"]
    errors = sorted((f["path"], f["line"], f["column"], f["message"]) for f in findings if f["rule"] == "js/syntax-error")
    assert errors == EXPECTED
    assert ("routes.js", 4, "js/security/eval-dynamic-code") in {(f["path"], f["line"], f["rule"]) for f in findings}
    assert done.json["summary"]["files_checked"] == len(BROKEN) + len(VALID) + clean_files


def test_a_js_syntax_error_can_be_turned_off_like_any_rule(postil, tmp_path: Path):
    (tmp_path / "routes.js").write_text(BROKEN["routes.js"])
    (tmp_path / "pyproject.toml").write_text('[tool.postil]\nignore = ["js/syntax-error"]\n')
    done = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert [f for f in done.json["findings"] if "syntax" in f["rule"]] == []
