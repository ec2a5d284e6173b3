import { NextRequest, NextResponse } from "next/server";
import { WEBAPP_URL } from "@/lib/constants";
import { getEnvironment } from "@/lib/environment/service";

export const GET = async (request: NextRequest, props: { params: Promise<{ environmentId: string }> }) => {
  const { environmentId } = await props.params;
  const environment = await getEnvironment(environmentId);
  if (!environment) {
    return NextResponse.json({ error: "Environment not found" }, { status: 404 });
  }

  const searchParams = request.nextUrl.searchParams;
  const path = searchParams.get("path") ?? "/";
  const internal = new URL(path, WEBAPP_URL);
  if (internal.origin !== new URL(WEBAPP_URL).origin) {
    return NextResponse.json({ error: "Invalid redirect" }, { status: 400 });
  }

  const external = searchParams.get("to");
  if (external) {
    const target = external.startsWith("http") ? external : `https://${external}`;
    // expect: open-redirect
    return NextResponse.redirect(target, 302);
  }
  return NextResponse.redirect(internal, 302);
};
