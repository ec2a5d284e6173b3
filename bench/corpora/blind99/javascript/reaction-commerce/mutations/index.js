import createMediaFromUrl from "./createMediaFromUrl.js";
import uploadProductImport from "./uploadProductImport.js";

export default { createMediaFromUrl, uploadProductImport };
