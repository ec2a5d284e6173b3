import { NextRequest, NextResponse } from "next/server";
import { getMe } from "@/lib/db/users";
import { getPlaybackHistory } from "@/lib/db/history";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const me = await getMe();
  if (!me) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { id } = await params;
  const serverId = Number(id);
  if (!Number.isInteger(serverId)) return NextResponse.json({ error: "Bad server id" }, { status: 400 });

  const searchParams = request.nextUrl.searchParams;
  const page = Math.max(1, Number(searchParams.get("page") ?? "1") || 1);
  const sortBy = searchParams.get("sort_by") ?? "date_created";
  const sortOrder = searchParams.get("sort_order") === "asc" ? "asc" : "desc";
  const userFilter = searchParams.get("user") ?? "";
  const rawOrder = searchParams.get("order") ?? undefined;

  const rows = await getPlaybackHistory({
    serverId,
    page,
    sortBy,
    sortOrder,
    userFilter,
    rawOrder: me.isAdmin ? rawOrder : undefined,
    viewerId: me.isAdmin ? undefined : me.id,
  });
  return NextResponse.json(rows);
}
