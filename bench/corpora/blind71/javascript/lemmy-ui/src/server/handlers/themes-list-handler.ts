import type { Request, Response } from "express";
import { readdir } from "fs/promises";
import path from "path";

const extraThemesFolder = path.resolve(process.env["LEMMY_UI_EXTRA_THEMES_FOLDER"] || "./extra_themes");
const BUILTIN = ["litely", "darkly", "litely-red", "darkly-red", "i386", "vaporwave-dark"];

export default async (req: Request, res: Response) => {
  let extra: string[] = [];
  try {
    extra = (await readdir(extraThemesFolder)).filter((f) => f.endsWith(".css")).map((f) => f.slice(0, -4));
  } catch {
    extra = [];
  }
  const prefix = typeof req.query.prefix === "string" ? req.query.prefix : "";
  res.json(["browser", ...BUILTIN, ...extra].filter((t) => t.startsWith(prefix)));
};
