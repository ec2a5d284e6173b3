export { publishProject } from "./publish";
