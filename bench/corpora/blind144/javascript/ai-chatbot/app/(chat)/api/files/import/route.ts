import { NextResponse } from "next/server";
import { auth } from "@/app/(auth)/auth";
import { importRemoteFile, storeUpload } from "@/lib/blob";

export async function POST(request: Request) {
  const session = await auth();
  if (!session) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const form = await request.formData();
  const file = form.get("file");
  const name = `${session.user?.id}/${crypto.randomUUID()}`;
  if (file instanceof Blob) {
    return NextResponse.json(await storeUpload(file, name));
  }
  const fileUrl = String(form.get("url") ?? "");
  return NextResponse.json(await importRemoteFile(fileUrl, name));
}
