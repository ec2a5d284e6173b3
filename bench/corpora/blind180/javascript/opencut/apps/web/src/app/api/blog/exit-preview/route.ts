import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { NextRequest } from "next/server";

const BLOG_HOME = "/blog";

/**
 * Leaves preview mode and goes back to the page the editor was looking at.
 * Marble links here from its toolbar with ?back=<page>.
 */
export async function GET(request: NextRequest) {
  const draft = await draftMode();
  if (!draft.isEnabled) {
    redirect(BLOG_HOME);
  }
  draft.disable();

  const back = request.nextUrl.searchParams.get("back");
  if (!back) {
    redirect(BLOG_HOME);
  }
  // expect: open-redirect
  redirect(back);
}

/**
 * Same as GET but for the toolbar's fetch call; it only needs the cookie cleared.
 */
export async function POST() {
  (await draftMode()).disable();
  return new Response(null, { status: 204 });
}
