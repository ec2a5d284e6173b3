import { NextRequest, NextResponse } from "next/server";
import Handlebars from "handlebars";
import { getServerSession } from "@calcom/features/auth/lib/getServerSession";

const SAMPLE_PAYLOAD = {
  triggerEvent: "PING",
  createdAt: new Date().toISOString(),
  payload: { type: "Test", title: "Test trigger event" },
};

const DEFAULT_TEMPLATE = '{"triggerEvent":"{{triggerEvent}}","title":"{{payload.title}}"}';

export async function POST(req: NextRequest) {
  const session = await getServerSession();
  if (!session?.user) {
    return NextResponse.json({ message: "Unauthorized" }, { status: 401 });
  }

  const { subscriberUrl, payloadTemplate } = await req.json();

  let body = JSON.stringify(SAMPLE_PAYLOAD);
  if (payloadTemplate) {
    // expect: template-injection
    const render = Handlebars.compile(payloadTemplate);
    body = render(SAMPLE_PAYLOAD);
  }

  try {
    // expect: ssrf
    const res = await fetch(subscriberUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body });
    return NextResponse.json({ ok: res.ok, status: res.status });
  } catch {
    return NextResponse.json({ ok: false, status: 0 });
  }
}

export async function PUT(req: NextRequest) {
  const session = await getServerSession();
  if (!session?.user) {
    return NextResponse.json({ message: "Unauthorized" }, { status: 401 });
  }
  const { title } = await req.json();
  const render = Handlebars.compile(DEFAULT_TEMPLATE);
  const body = render({ ...SAMPLE_PAYLOAD, payload: { ...SAMPLE_PAYLOAD.payload, title: String(title ?? "") } });
  const res = await fetch(`${process.env.CALCOM_WEBHOOK_RELAY_URL}/ping`, { method: "POST", body });
  return NextResponse.json({ ok: res.ok });
}
