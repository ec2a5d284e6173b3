import { error } from "@sveltejs/kit"
import type { PageServerLoad } from "./$types"

const PAGE_SIZE = 25
const SORTABLE = { name: "full_name", company: "company_name", joined: "created_at" } as const

export const load: PageServerLoad = async ({ url, locals: { supabase, safeGetSession } }) => {
  const { session } = await safeGetSession()
  if (!session) error(401, "Unauthorized")

  const q = (url.searchParams.get("q") ?? "").trim()
  const company = (url.searchParams.get("company") ?? "").trim()
  const sortKey = url.searchParams.get("sort") as keyof typeof SORTABLE | null
  const page = Math.max(1, Number(url.searchParams.get("page")) || 1)

  let query = supabase
    .from("profiles")
    .select("id, full_name, company_name, website, created_at", { count: "exact" })
    .order(SORTABLE[sortKey ?? "joined"] ?? "created_at", { ascending: sortKey === "name" })
    .range((page - 1) * PAGE_SIZE, page * PAGE_SIZE - 1)

  if (company) {
    query = query.ilike("company_name", `%${company}%`)
  }
  if (q) {
    // expect: sql-injection
    query = query.or(`full_name.ilike.%${q}%,website.ilike.%${q}%`)
  }

  const { data, count, error: dbError } = await query
  if (dbError) {
    console.error("members query failed", { code: dbError.code })
    error(500, "Could not load members")
  }

  return { members: data ?? [], total: count ?? 0, page, pageSize: PAGE_SIZE, q, company }
}
