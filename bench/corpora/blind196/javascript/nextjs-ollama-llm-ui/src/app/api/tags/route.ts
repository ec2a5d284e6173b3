import { NextRequest, NextResponse } from 'next/server';
import { listModels, showModel, isModelName } from '@/lib/ollama';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET() {
  try {
    const models = await listModels();
    return NextResponse.json({
      models: models.map((m) => ({ name: m.name, size: m.size, modifiedAt: m.modified_at })),
    });
  } catch (err) {
    return NextResponse.json({ error: (err as Error).message }, { status: 502 });
  }
}

export async function POST(req: NextRequest) {
  const { name } = (await req.json()) as { name?: unknown };
  if (!isModelName(name)) {
    return NextResponse.json({ error: 'Invalid model name' }, { status: 400 });
  }
  const details = await showModel(name);
  return NextResponse.json({
    name,
    family: details?.details?.family ?? null,
    parameterSize: details?.details?.parameter_size ?? null,
    template: details?.template ?? null,
  });
}
