import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";

import { env } from "@/env";
import { baseRateLimit } from "@/lib/rate-limit";

const searchParamsSchema = z.object({
  q: z.string().max(500, "Query too long").optional(),
  type: z.enum(["songs", "effects"]).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  page_size: z.coerce.number().int().min(1).max(150).default(20),
  sort: z.enum(["downloads", "rating", "created", "score"]).default("downloads"),
  min_rating: z.coerce.number().min(0).max(5).default(3),
  commercial_only: z.coerce.boolean().default(true),
});

const FIELDS = "id,name,description,url,previews,download,duration,filesize,type,channels,bitrate,license,username,tags,num_downloads,avg_rating";

export async function GET(request: NextRequest) {
  const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "anonymous";
  const { success } = await baseRateLimit.limit(ip);
  if (!success) {
    return NextResponse.json({ error: "Too many requests" }, { status: 429 });
  }

  const parsed = searchParamsSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    return NextResponse.json({ error: "Invalid parameters", details: parsed.error.flatten().fieldErrors }, { status: 400 });
  }
  const { q, type, page, page_size, sort, min_rating, commercial_only } = parsed.data;

  const params = new URLSearchParams({
    query: q ?? "",
    token: env.FREESOUND_API_KEY,
    page: String(page),
    page_size: String(page_size),
    sort: `${sort}_desc`,
    fields: FIELDS,
  });
  const filters = [`avg_rating:[${min_rating} TO *]`];
  if (type === "effects") filters.push("duration:[* TO 30.0]");
  if (commercial_only) filters.push('license:("Attribution" OR "Creative Commons 0")');
  params.set("filter", filters.join(" "));

  const response = await fetch(`https://freesound.org/apiv2/search/text/?${params}`);
  if (!response.ok) {
    return NextResponse.json({ error: "Failed to search sounds" }, { status: response.status });
  }
  const data = await response.json();
  return NextResponse.json({ count: data.count, next: data.next, results: data.results });
}
