import productsSearch from "./productsSearch.js";

export default { productsSearch };
