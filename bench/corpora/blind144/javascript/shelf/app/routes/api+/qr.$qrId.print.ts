import type { LoaderFunctionArgs } from "@remix-run/node";
import { htmlEncode } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const title = url.searchParams.get("title") ?? "";
  const qrId = params.qrId ?? "";
  if (url.searchParams.get("plain") === "1") {
    const page = `<html><body><h1>${title}</h1><p>QR ${htmlEncode(qrId)}</p></body></html>`;
    // expect: xss
    return new Response(page, { headers: { "Content-Type": "text/html" } });
  }
  const safePage = `<html><body><h1>${htmlEncode(title)}</h1><p>QR ${htmlEncode(qrId)}</p></body></html>`;
  return new Response(safePage, { headers: { "Content-Type": "text/html" } });
}
