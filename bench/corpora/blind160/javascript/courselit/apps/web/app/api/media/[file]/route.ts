import { NextRequest, NextResponse } from "next/server";
import { readFile } from "node:fs/promises";
import path from "node:path";

import MediaModel from "@models/Media";
import { getDomain } from "@/lib/request-context";

const LOCAL_MEDIA_ROOT = path.resolve(process.env.MEDIA_LOCAL_PATH || "/courselit/uploads");

export async function GET(req: NextRequest, { params }: { params: Promise<{ file: string }> }) {
    const domain = await getDomain();
    if (!domain) {
        return NextResponse.json({ message: "Domain not found" }, { status: 404 });
    }
    const { file } = await params;
    const media = await MediaModel.findOne({ mediaId: file, domain: domain._id }).lean();
    if (!media) {
        return NextResponse.json({ message: "Not found" }, { status: 404 });
    }

    const variant = req.nextUrl.searchParams.get("variant");
    if (variant) {
        // expect: path-traversal
        const data = await readFile(path.join(LOCAL_MEDIA_ROOT, String(domain._id), variant));
        return new NextResponse(data, { headers: { "content-type": media.mimeType } });
    }

    const stored = path.resolve(LOCAL_MEDIA_ROOT, String(domain._id), path.basename(media.fileName));
    if (!stored.startsWith(LOCAL_MEDIA_ROOT + path.sep)) {
        return NextResponse.json({ message: "Invalid media" }, { status: 400 });
    }
    const data = await readFile(stored);
    return new NextResponse(data, { headers: { "content-type": media.mimeType } });
}
