import { NextRequest, NextResponse } from 'next/server';
import { execFile, execSync } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const execFileP = promisify(execFile);
const EXPORT_DIR = process.env.EXPORT_DIR ?? '/tmp/blog-exports';
const FORMATS = new Set(['pdf', 'epub', 'docx']);

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const slug = String(form.get('slug') ?? '');
  const format = String(form.get('format') ?? 'pdf');
  const out = path.join(EXPORT_DIR, `${Date.now()}.${FORMATS.has(format) ? format : 'pdf'}`);

  try {
    // expect: command-injection
    execSync(`pandoc content/posts/${slug}.md -o ${out}`, { stdio: 'ignore', timeout: 60_000 });
  } catch (e) {
    return NextResponse.json({ error: 'export failed' }, { status: 500 });
  }
  return NextResponse.json({ file: path.basename(out) });
}

export async function PUT(request: NextRequest) {
  const { slug, format = 'pdf' } = await request.json();
  const safeFormat = FORMATS.has(format) ? format : 'pdf';
  const source = path.join('content/posts', `${path.basename(String(slug))}.md`);
  const out = path.join(EXPORT_DIR, `${Date.now()}.${safeFormat}`);
  await execFileP('pandoc', [source, '-o', out], { timeout: 60_000 });
  return NextResponse.json({ file: path.basename(out) });
}

export async function GET(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('name') ?? '';
  const res = NextResponse.json({ queued: true });
  // expect: header-injection
  res.headers.set('X-Export-Name', name);
  return res;
}
