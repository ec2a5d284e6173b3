import express from "express";
import cookieParser from "cookie-parser";
import path from "path";
import process from "process";
import CatchAllHandler from "./handlers/catch-all-handler";
import ThemeHandler from "./handlers/theme-handler";
import ThemesListHandler from "./handlers/themes-list-handler";
import { setCacheControl } from "./utils/server-utils";

const server = express();
const [hostname, port] = process.env["LEMMY_UI_HOST"]
  ? process.env["LEMMY_UI_HOST"].split(":")
  : ["0.0.0.0", "1234"];

server.use(express.json());
server.use(express.urlencoded({ extended: false }));
server.use(cookieParser());
server.use("/static", express.static(path.resolve("./dist"), { maxAge: "1d" }));
server.use(setCacheControl);

server.get("/css/themes/:name", ThemeHandler);
server.get("/css/themelist", ThemesListHandler);
server.get("/*", CatchAllHandler);

server.listen(Number(port), hostname, () => {
  console.log(`http://${hostname}:${port}`);
});
