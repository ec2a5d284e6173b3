import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { getAsset } from "~/modules/asset/service.server";
import { createSignedUrl, uploadImageFromUrl } from "~/utils/storage.server";

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { organizationId } = context as { organizationId: string };
  const asset = await getAsset({ id: params.assetId as string, organizationId });
  if (!asset) {
    throw new Response("Not found", { status: 404 });
  }
  const formData = await request.formData();
  const mainImageUrl = String(formData.get("mainImageUrl") ?? "");
  const filename = `${organizationId}/${asset.id}/main-image-${Date.now()}`;
  await uploadImageFromUrl(mainImageUrl, { filename });
  return json({ url: await createSignedUrl(filename) });
}
