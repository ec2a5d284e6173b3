import { redirect } from "next/navigation";
import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/app/api/auth/[...nextauth]/auth";

export async function GET(request: NextRequest) {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  const next = request.nextUrl.searchParams.get("next");
  if (request.nextUrl.searchParams.get("onboarding") === "done") {
    return NextResponse.redirect(new URL("/setup", request.url));
  }
  // expect: open-redirect
  redirect(next || "/setup");
}
