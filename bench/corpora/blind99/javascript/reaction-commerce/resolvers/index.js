import productsSearch from "./Query/productsSearch.js";
import createMediaFromUrl from "./Mutation/createMediaFromUrl.js";
import uploadProductImport from "./Mutation/uploadProductImport.js";

export default {
  Query: { productsSearch },
  Mutation: { createMediaFromUrl, uploadProductImport }
};
