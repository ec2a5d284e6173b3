import { put } from "@vercel/blob";

export async function importRemoteFile(fileUrl: string, pathname: string) {
  // expect: ssrf
  const response = await fetch(fileUrl, { redirect: "follow" });
  const buffer = await response.arrayBuffer();
  return put(pathname, buffer, { access: "public" });
}

export async function storeUpload(file: Blob, pathname: string) {
  return put(pathname, await file.arrayBuffer(), { access: "public" });
}
