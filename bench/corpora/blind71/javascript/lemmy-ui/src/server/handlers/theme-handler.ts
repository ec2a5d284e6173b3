import type { Request, Response } from "express";
import { existsSync } from "fs";
import path from "path";

const extraThemesFolder = path.resolve(process.env["LEMMY_UI_EXTRA_THEMES_FOLDER"] || "./extra_themes");
const builtinThemesFolder = path.resolve("./dist/assets/css/themes");

export default async (req: Request, res: Response) => {
  res.contentType("text/css");

  const theme = req.params.name;
  if (!theme.endsWith(".css")) {
    res.statusCode = 400;
    res.send("Theme must be a css file");
    return;
  }

  const builtinPath = path.resolve(builtinThemesFolder, theme);
  if (builtinPath.startsWith(builtinThemesFolder + path.sep) && existsSync(builtinPath)) {
    res.sendFile(builtinPath);
    return;
  }

  const customTheme = path.join(extraThemesFolder, decodeURIComponent(theme));
  if (existsSync(customTheme)) {
    // expect: path-traversal
    res.sendFile(customTheme);
  } else {
    res.sendStatus(404);
  }
};
