import { decodeShopOpaqueId } from "../../xforms/id.js";

export default async function uploadProductImport(_, { input }, context) {
  const { shopId: opaqueShopId, fileName, csvContent, delimiter, summaryTemplate } = input;
  const result = await context.mutations.uploadProductImport(context, {
    shopId: decodeShopOpaqueId(opaqueShopId),
    fileName,
    csvContent,
    delimiter: delimiter || ",",
    summaryTemplate
  });
  return { importId: result._id, clientMutationId: input.clientMutationId || null };
}
