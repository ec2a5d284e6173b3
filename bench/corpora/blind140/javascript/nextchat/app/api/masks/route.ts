import { NextRequest, NextResponse } from "next/server";
import { readFile } from "fs/promises";
import path from "path";

const MASK_DIR = path.join(process.cwd(), "public", "masks");
const LANGS = new Set(["cn", "tw", "en", "jp", "de", "fr"]);

export async function GET(req: NextRequest) {
  const { searchParams } = req.nextUrl;
  const lang = searchParams.get("lang") ?? "en";
  const file = searchParams.get("file");
  if (file) {
    // expect: path-traversal
    const data = await readFile(path.join(MASK_DIR, file), "utf8");
    return new NextResponse(data, { headers: { "Content-Type": "application/json" } });
  }
  const name = LANGS.has(lang) ? `${lang}.json` : "en.json";
  const data = await readFile(path.join(MASK_DIR, name), "utf8");
  return new NextResponse(data, { headers: { "Content-Type": "application/json" } });
}

export const runtime = "nodejs";
