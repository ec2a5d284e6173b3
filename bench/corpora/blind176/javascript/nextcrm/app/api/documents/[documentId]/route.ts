import { NextRequest, NextResponse } from "next/server";
import { getServerSession } from "next-auth";

import { authOptions } from "@/lib/auth";
import { prismadb } from "@/lib/prisma";
import { readStoredDocument, readDocumentVersion } from "@/lib/storage/local-files";

const INLINE_TYPES = new Set(["application/pdf", "image/png", "image/jpeg"]);

export async function GET(req: NextRequest, { params }: { params: { documentId: string } }) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return new NextResponse("Unauthenticated", { status: 401 });
  }

  const document = await prismadb.documents.findFirst({
    where: { id: params.documentId, OR: [{ created_by_user: session.user.id }, { visibility: "public" }] },
  });
  if (!document) {
    return new NextResponse("Not found", { status: 404 });
  }

  // An older revision can be asked for by its file name, as the version list shows it.
  const revision = req.nextUrl.searchParams.get("revision");
  const bytes = revision
    ? await readDocumentVersion(document.id, revision)
    : await readStoredDocument(document.storage_key);

  const type = INLINE_TYPES.has(document.document_file_mimeType)
    ? document.document_file_mimeType
    : "application/octet-stream";
  const disposition = type === "application/octet-stream" ? "attachment" : "inline";

  return new NextResponse(bytes, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(document.document_name)}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export async function DELETE(_req: NextRequest, { params }: { params: { documentId: string } }) {
  const session = await getServerSession(authOptions);
  if (!session) {
    return new NextResponse("Unauthenticated", { status: 401 });
  }
  await prismadb.documents.deleteMany({
    where: { id: params.documentId, created_by_user: session.user.id },
  });
  return NextResponse.json({ ok: true });
}
