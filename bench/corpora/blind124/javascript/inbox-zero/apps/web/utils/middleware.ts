import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/app/api/auth/[...nextauth]/auth";

export type RequestWithAuth = NextRequest & { auth: { userId: string; userEmail: string } };

export function withAuth(handler: (req: RequestWithAuth) => Promise<Response>) {
  return async (req: NextRequest) => {
    const session = await auth();
    if (!session?.user.id) {
      return NextResponse.json({ error: "Not authenticated" }, { status: 401 });
    }
    const authed = req as RequestWithAuth;
    authed.auth = { userId: session.user.id, userEmail: session.user.email };
    return handler(authed);
  };
}
