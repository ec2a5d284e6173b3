import { decodeShopOpaqueId } from "../../xforms/id.js";

export default async function productsSearch(_, args, context) {
  const { shopId: opaqueShopId, searchQuery, tag, sortBy } = args.input;
  const shopId = decodeShopOpaqueId(opaqueShopId);
  const query = searchQuery || "";
  return context.queries.productsSearch(context, { shopId, searchQuery: query, tag, sortBy: sortBy ?? "updatedAt" });
}
