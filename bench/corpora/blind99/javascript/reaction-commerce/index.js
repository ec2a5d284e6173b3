import mutations from "./mutations/index.js";
import queries from "./queries/index.js";
import resolvers from "./resolvers/index.js";
import schemas from "./schemas/index.js";
import startup from "./startup.js";
import { ProductSearchInput, MediaFromUrlInput } from "./simpleSchemas.js";

/**
 * @summary Import and call this function to add this plugin to your API.
 * @param {Object} app The ReactionAPI instance
 * @returns {undefined}
 */
export default async function register(app) {
  await app.registerPlugin({
    label: "Product Media Tools",
    name: "product-media-tools",
    version: app.context.appVersion,
    collections: {
      ProductImports: { name: "ProductImports" }
    },
    functionsByType: { startup: [startup] },
    graphQL: { resolvers, schemas },
    mutations,
    queries,
    simpleSchemas: { ProductSearchInput, MediaFromUrlInput }
  });
}
