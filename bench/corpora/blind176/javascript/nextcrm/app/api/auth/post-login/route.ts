import { NextRequest, NextResponse } from "next/server";
import { getServerSession } from "next-auth";

import { authOptions } from "@/lib/auth";
import { prismadb } from "@/lib/prisma";

const DEFAULT_LANDING = "/crm/dashboard";

function localPathOnly(value: string | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return DEFAULT_LANDING;
  }
  return value;
}

/**
 * Landing after sign-in. The sign-in page forwards `callbackUrl`; first-time users
 * go through onboarding, which keeps the original target in `next`.
 */
export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  const callbackUrl = req.nextUrl.searchParams.get("callbackUrl");

  if (!session) {
    const login = new URL("/sign-in", req.url);
    login.searchParams.set("callbackUrl", localPathOnly(callbackUrl));
    return NextResponse.redirect(login);
  }

  const user = await prismadb.users.findUnique({ where: { id: session.user.id } });
  if (user && !user.onboardingDone) {
    const onboarding = new URL("/onboarding", req.url);
    onboarding.searchParams.set("next", localPathOnly(callbackUrl));
    return NextResponse.redirect(onboarding);
  }

  await prismadb.users.update({ where: { id: session.user.id }, data: { lastLoginAt: new Date() } });

  if (!callbackUrl) {
    return NextResponse.redirect(new URL(DEFAULT_LANDING, req.url));
  }
  // expect: open-redirect
  return NextResponse.redirect(new URL(callbackUrl, req.url));
}
