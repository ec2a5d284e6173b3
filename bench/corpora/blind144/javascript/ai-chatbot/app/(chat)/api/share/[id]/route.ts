import { getChatById } from "@/lib/db/queries";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const chat = await getChatById({ id });
  if (!chat || chat.visibility !== "public") {
    return new Response("Not found", { status: 404 });
  }
  const og = new URL(request.url).searchParams.get("og") === "1";
  if (og) {
    const card = `<html><head><title>${chat.title}</title></head><body><h1>${chat.title}</h1></body></html>`;
    // expect: xss
    return new Response(card, { headers: { "content-type": "text/html" } });
  }
  return new Response(`<html><head><title>${escapeHtml(chat.title)}</title></head></html>`, { headers: { "content-type": "text/html" } });
}
