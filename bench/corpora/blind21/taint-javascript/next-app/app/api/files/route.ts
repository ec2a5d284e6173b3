// next-app/app/api/files/route.ts: downloads of user exports and a remote import
import { NextRequest, NextResponse } from 'next/server';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const EXPORTS = path.join(process.cwd(), 'var', 'exports');

async function loadExport(name: string) {
  return readFile(path.join(EXPORTS, name));
}

export async function GET(request: NextRequest) {
  const name = request.nextUrl.searchParams.get('name') ?? 'latest.csv';
  // expect: path-traversal
  const data = await loadExport(name);
  return new NextResponse(data, { headers: { 'content-type': 'text/csv' } });
}

export async function HEAD(request: NextRequest) {
  const name = path.basename(request.nextUrl.searchParams.get('name') ?? 'latest.csv');
  const data = await loadExport(name);
  return new NextResponse(null, { headers: { 'content-length': String(data.length) } });
}

export async function POST(request: NextRequest) {
  const body = await request.json();
  const source = body.source ?? {};
  const target = source.kind === 'partner' ? `https://partner.example.com/exports/${encodeURIComponent(source.id)}` : source.url;
  // expect: ssrf
  const upstream = await fetch(target);
  return NextResponse.json({ status: upstream.status });
}

export async function PUT(request: NextRequest) {
  const body = await request.json();
  const id = String(body.id ?? '').replace(/[^a-z0-9]/gi, '');
  const upstream = await fetch(`https://partner.example.com/exports/${id}`);
  return NextResponse.json({ status: upstream.status });
}
