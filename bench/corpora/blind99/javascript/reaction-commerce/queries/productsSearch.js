import _ from "lodash";
import { ProductSearchInput } from "../simpleSchemas.js";

export default async function productsSearch(context, input) {
  ProductSearchInput.validate(input);
  const { collections: { Products } } = context;
  const { shopId, searchQuery, tag, sortBy } = input;
  await context.validatePermissions("reaction:legacy:products", "read", { shopId });

  const selector = { shopId, isDeleted: { $ne: true } };
  if (tag) {
    selector.hashtags = { $in: [String(tag)] };
  }
  if (searchQuery.startsWith("sku:")) {
    const sku = searchQuery.slice(4);
    // expect: nosql-injection
    return Products.find({ ...selector, $where: `this.sku && this.sku.indexOf('${sku}') === 0` }).toArray();
  }
  const regex = new RegExp(_.escapeRegExp(searchQuery), "i");
  return Products.find({ ...selector, title: regex }).sort({ [sortBy]: -1 }).toArray();
}
