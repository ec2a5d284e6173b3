import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { findAssetsByName, findAssetsByPrefix } from "~/services/assets.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  const projectId = url.searchParams.get("projectId") ?? "";
  const q = url.searchParams.get("q") ?? "";
  const mode = url.searchParams.get("mode") ?? "contains";
  const assets =
    mode === "prefix"
      ? await findAssetsByPrefix(projectId, q)
      : await findAssetsByName(projectId, q, mode === "exact");
  return json({ assets });
};
