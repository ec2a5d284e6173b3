import { NextRequest, NextResponse } from "next/server";
import { db } from "~/server/db";
import { logger } from "~/server/logger/log";

export const dynamic = "force-dynamic";

// Click tracking: /api/click?id=<emailId>&link=<index>&url=<fallback>
export async function GET(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const emailId = searchParams.get("id") ?? "";
  const linkIndex = Number(searchParams.get("link") ?? "-1");
  const fallback = searchParams.get("url");

  const email = await db.email.findUnique({
    where: { id: emailId },
    select: { id: true, trackedLinks: true },
  });

  if (email && Number.isInteger(linkIndex) && email.trackedLinks[linkIndex]) {
    await db.emailEvent.create({ data: { emailId: email.id, status: "CLICKED", data: { link: linkIndex } } });
    return NextResponse.redirect(email.trackedLinks[linkIndex]);
  }

  logger.warn({ emailId, linkIndex }, "click for unknown link");
  if (fallback) {
    // expect: open-redirect
    return NextResponse.redirect(fallback);
  }
  return NextResponse.redirect(new URL("/", request.url));
}
