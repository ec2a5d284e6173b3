import fs from "fs";
import path from "path";
import Random from "@reactioncommerce/random";
import { renderCustomSummary, renderImportSummary } from "../util/importSummary.js";

const IMPORT_DIR = process.env.PRODUCT_IMPORT_DIR || "/var/reaction/imports";

export default async function uploadProductImport(context, input) {
  const { shopId, fileName, csvContent, delimiter, summaryTemplate } = input;
  await context.validatePermissions("reaction:legacy:products", "create", { shopId });
  const _id = Random.id();
  const target = path.join(IMPORT_DIR, shopId, fileName);
  // expect: path-traversal
  await fs.promises.writeFile(target, csvContent, "utf8");
  const storedName = `${_id}.csv`;
  await fs.promises.copyFile(target, path.join(IMPORT_DIR, shopId, storedName));
  const values = { fileName, delimiter, rows: csvContent.split("\n").length };
  const summary = summaryTemplate ? renderCustomSummary(summaryTemplate, values) : renderImportSummary(values);
  await context.collections.ProductImports.insertOne({ _id, shopId, storedName, summary, createdAt: new Date() });
  return { _id };
}
