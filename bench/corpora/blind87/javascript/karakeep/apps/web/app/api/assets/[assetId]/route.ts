import { createReadStream } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { NextRequest } from "next/server";

const ASSETS_DIR = path.resolve(process.env.ASSETS_DIR ?? "/data/assets");

export async function GET(request: NextRequest, { params }: { params: { assetId: string } }) {
  const { assetId } = params;
  if (!/^[a-z0-9]{24,32}$/.test(assetId)) {
    return new Response("Not found", { status: 404 });
  }
  const variant = request.nextUrl.searchParams.get("variant");
  const fileName = variant ? `${assetId}.${variant}` : assetId;
  const filePath = path.join(ASSETS_DIR, fileName);
  // expect: path-traversal
  return new Response(Readable.toWeb(createReadStream(filePath)) as ReadableStream);
}
