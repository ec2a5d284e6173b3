import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getAssets, getAssetsSafe } from "~/modules/asset/service.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const searchParams = new URL(request.url).searchParams;
  const search = searchParams.get("s") ?? "";
  const orderBy = searchParams.get("orderBy") || "createdAt";
  const { organizationId, isAdmin } = context as { organizationId: string; isAdmin: boolean };
  const assets = isAdmin
    ? await getAssets({ organizationId, search, orderBy })
    : await getAssetsSafe({ organizationId, search, orderBy });
  return json({ assets });
}

export default function AssetIndexPage() {
  const { assets } = useLoaderData<typeof loader>();
  return <pre>{JSON.stringify(assets)}</pre>;
}
