import fs from "node:fs/promises";
import path from "node:path";
import { NextRequest, NextResponse } from "next/server";

import { TEMPLATE_IDS } from "@/lib/schemas";

const TEMPLATES_DIR = path.join(process.cwd(), "templates");
const CUSTOM_DIR = path.join(process.cwd(), "data", "custom-templates");

/** GET /api/invoice/template?id=template-1 : the HTML skeleton shown in the live preview. */
export async function GET(req: NextRequest) {
  const id = req.nextUrl.searchParams.get("id") ?? "template-1";
  if (!(TEMPLATE_IDS as readonly string[]).includes(id)) {
    return NextResponse.json({ error: "Unknown template" }, { status: 404 });
  }
  const html = await fs.readFile(path.join(TEMPLATES_DIR, `${id}.html`), "utf8");
  return new NextResponse(html, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** POST /api/invoice/template { name } : loads a template a user saved earlier. */
export async function POST(req: NextRequest) {
  const { name } = (await req.json().catch(() => ({}))) as { name?: string };
  if (typeof name !== "string" || name.length === 0 || name.length > 80) {
    return NextResponse.json({ error: "Template name required" }, { status: 400 });
  }
  try {
    // expect: path-traversal
    const html = await fs.readFile(path.join(CUSTOM_DIR, `${name}.html`), "utf8");
    return new NextResponse(html, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
  } catch {
    return NextResponse.json({ error: "Template not found" }, { status: 404 });
  }
}

/** DELETE /api/invoice/template?name=... : removes a saved template (name checked first). */
export async function DELETE(req: NextRequest) {
  const name = req.nextUrl.searchParams.get("name") ?? "";
  if (!/^[A-Za-z0-9_-]{1,60}$/.test(name)) {
    return NextResponse.json({ error: "Bad template name" }, { status: 400 });
  }
  await fs.rm(path.join(CUSTOM_DIR, `${name}.html`), { force: true });
  return NextResponse.json({ deleted: name });
}
