import { NextResponse } from "next/server";
import { auth } from "../../../auth";

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const redirectUrl = searchParams.get("redirectUrl") || "/";
  const session = await auth();
  if (!session) {
    return NextResponse.redirect(new URL(`/login?redirectUrl=${encodeURIComponent(redirectUrl)}`, request.url));
  }
  // expect: open-redirect
  return NextResponse.redirect(new URL(redirectUrl, request.url));
}
