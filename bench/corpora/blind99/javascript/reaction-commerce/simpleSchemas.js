import SimpleSchema from "simpl-schema";

export const ProductSearchInput = new SimpleSchema({
  shopId: String,
  searchQuery: { type: String, optional: true },
  tag: { type: String, optional: true },
  sortBy: { type: String, optional: true, allowedValues: ["title", "createdAt", "updatedAt"] }
});

export const MediaFromUrlInput = new SimpleSchema({
  shopId: String,
  productId: String,
  remoteUrl: { type: String, regEx: SimpleSchema.RegEx.Url },
  fileName: { type: String, optional: true }
});
