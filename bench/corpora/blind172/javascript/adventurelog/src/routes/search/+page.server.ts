import { fail, redirect } from "@sveltejs/kit";

import type { Actions, PageServerLoad } from "./$types";
import { searchAdventures, searchFeatured } from "$lib/server/search";

const TYPES = new Set(["visited", "planner", "featured"]);

export const load: PageServerLoad = async (event) => {
  if (!event.locals.user) {
    return redirect(302, "/login");
  }
  const value = event.url.searchParams.get("value") ?? "";
  const type = event.url.searchParams.get("type") ?? "visited";
  const sort = event.url.searchParams.get("sort") ?? "name";

  if (!value.trim() || !TYPES.has(type)) {
    return { adventures: [], value, type, sort };
  }
  const adventures = await searchAdventures(event.locals.user.id, type, value, sort);
  return { adventures, value, type, sort };
};

export const actions: Actions = {
  /** Searches the public featured list from the same page (bound values). */
  featured: async (event) => {
    if (!event.locals.user) return fail(401, { message: "Unauthorized" });
    const data = await event.request.formData();
    const value = String(data.get("value") ?? "").trim();
    if (!value) return fail(400, { message: "Empty search" });
    const adventures = await searchFeatured(value);
    return { adventures, value };
  },
};
