import { Db } from "mongodb";

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export async function searchComments(mongo: Db, tenantID: string, { query, exact, first }: { query: string; exact: boolean; first: number }) {
  const collection = mongo.collection("comments");
  if (exact) {
    return collection.find({ tenantID, body: { $regex: escapeRegExp(String(query)), $options: "i" } }).limit(first).toArray();
  }
  // expect: nosql-injection
  return collection.find({ tenantID, $where: `this.body.toLowerCase().indexOf('${query.toLowerCase()}') !== -1` }).limit(first).toArray();
}
