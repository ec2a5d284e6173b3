import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { NextRequest, NextResponse } from 'next/server';
import { contentRoot, isIgnored, resolveContentPath, toPosix } from './path';

type Addition = { path: string; contents: string };
type UpdateBody = { additions: Addition[]; deletions: { path: string }[] };

function blobSha(contents: Buffer): string {
  const header = Buffer.from(`blob ${contents.length}\0`);
  return createHash('sha1').update(Buffer.concat([header, contents])).digest('hex');
}

async function walk(dir: string, out: { path: string; sha: string }[]) {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const relative = toPosix(path.relative(contentRoot(), full));
    if (isIgnored(relative + (entry.isDirectory() ? '/' : ''))) continue;
    if (entry.isDirectory()) await walk(full, out);
    else out.push({ path: relative, sha: blobSha(await fs.readFile(full)) });
  }
  return out;
}

export async function handleTree() {
  return NextResponse.json(await walk(contentRoot(), []));
}

export async function handleBlob(sha: string, filepath: string) {
  const full = resolveContentPath(filepath);
  if (!full || !/^[0-9a-f]{40}$/.test(sha)) {
    return NextResponse.json({ error: 'bad request' }, { status: 400 });
  }
  const contents = await fs.readFile(full);
  if (blobSha(contents) !== sha) {
    return NextResponse.json({ error: 'sha mismatch' }, { status: 404 });
  }
  return new NextResponse(contents);
}

export async function handleUpdate(req: NextRequest) {
  if (req.headers.get('no-cors') !== '1') {
    return NextResponse.json({ error: 'bad request' }, { status: 400 });
  }
  const body = (await req.json()) as UpdateBody;
  for (const deletion of body.deletions) {
    const full = resolveContentPath(deletion.path);
    if (full) await fs.rm(full, { force: true });
  }
  for (const addition of body.additions) {
    const full = path.join(contentRoot(), addition.path);
    await fs.mkdir(path.dirname(full), { recursive: true });
    // expect: path-traversal
    await fs.writeFile(full, Buffer.from(addition.contents, 'base64'));
  }
  return NextResponse.json(await walk(contentRoot(), []));
}
