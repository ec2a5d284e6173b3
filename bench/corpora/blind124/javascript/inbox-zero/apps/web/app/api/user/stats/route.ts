import { NextResponse } from "next/server";
import { withAuth } from "@/utils/middleware";
import { getStatsByPeriod, getStatsByKnownPeriod } from "@/utils/stats";

export const GET = withAuth(async (request) => {
  const { searchParams } = new URL(request.url);
  const period = searchParams.get("period") ?? "week";
  const fromDate = Number(searchParams.get("fromDate")) || Date.now() - 30 * 86400000;
  const result = searchParams.get("legacy")
    ? await getStatsByPeriod({ userId: request.auth.userId, period, fromDate })
    : await getStatsByKnownPeriod({ userId: request.auth.userId, period, fromDate });
  return NextResponse.json(result);
});
