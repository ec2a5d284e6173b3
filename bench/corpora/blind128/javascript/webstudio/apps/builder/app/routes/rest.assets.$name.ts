import type { LoaderFunctionArgs } from "@remix-run/node";
import { assetClient } from "~/shared/asset-client";

export const loader = async ({ params, request }: LoaderFunctionArgs) => {
  const name = params.name ?? "";
  const url = new URL(request.url);
  const body = url.searchParams.get("original") === "1"
    ? await assetClient.readOriginal(name)
    : await assetClient.readByName(name);
  return new Response(body, { headers: { "Cache-Control": "public, max-age=31536000" } });
};
