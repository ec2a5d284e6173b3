import { decodeProductOpaqueId, decodeShopOpaqueId } from "../../xforms/id.js";

export default async function createMediaFromUrl(parentResult, { input }, context) {
  const { clientMutationId = null, productId: opaqueProductId, shopId: opaqueShopId, remoteUrl, fileName } = input;
  const media = await context.mutations.createMediaFromUrl(context, {
    productId: decodeProductOpaqueId(opaqueProductId),
    shopId: decodeShopOpaqueId(opaqueShopId),
    remoteUrl,
    fileName
  });
  return { clientMutationId, media };
}
