import { NextRequest, NextResponse } from "next/server";

import { getDomain, getUser, hasPermission } from "@/lib/request-context";

const TIMEOUT_MS = 5000;

async function postSample(url: string, payload: unknown) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
        // expect: ssrf
        const response = await fetch(url, { method: "POST", body: JSON.stringify(payload), headers: { "content-type": "application/json" }, signal: controller.signal });
        return response.status;
    } finally {
        clearTimeout(timer);
    }
}

export async function POST(req: NextRequest) {
    const domain = await getDomain();
    const user = domain && (await getUser(domain));
    if (!domain || !hasPermission(user, "setting:manage")) {
        return NextResponse.json({ message: "Forbidden" }, { status: 403 });
    }
    const body = await req.json();
    const payload = { event: "test", domain: domain.name, sentAt: new Date().toISOString() };

    if (body.webhookId) {
        const saved = (domain.settings.webhooks || []).find((hook: { id: string }) => hook.id === body.webhookId);
        if (!saved) {
            return NextResponse.json({ message: "Unknown webhook" }, { status: 404 });
        }
        const res = await fetch(saved.url, { method: "POST", body: JSON.stringify(payload) });
        return NextResponse.json({ status: res.status });
    }

    const status = await postSample(String(body.url), payload);
    return NextResponse.json({ status });
}
