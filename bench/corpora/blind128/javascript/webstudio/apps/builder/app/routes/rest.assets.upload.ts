import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { assetClient } from "~/shared/asset-client";
import { createAssetRecord } from "~/services/assets.server";

const TRUSTED_ORIGINS = ["https://images.unsplash.com", "https://cdn.webstudio.is"];

export const action = async ({ request }: ActionFunctionArgs) => {
  const formData = await request.formData();
  const projectId = String(formData.get("projectId") ?? "");
  const url = formData.get("url") as string;
  const source = formData.get("source") ?? "url";

  const data = await assetClient.uploadFromUrl(url, source === "unsplash" ? TRUSTED_ORIGINS : null);
  const asset = await createAssetRecord(projectId, url, data.byteLength);
  return json({ asset });
};
