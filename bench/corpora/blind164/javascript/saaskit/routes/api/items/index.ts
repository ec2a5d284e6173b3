// Copyright 2023-2024 the Deno authors. All rights reserved. MIT license.
import { type Handlers, STATUS_CODE } from "$fresh/server.ts";
import { collectValues, createItem, type Item, kv, listItems } from "@/utils/db.ts";
import { ulid } from "$std/ulid/mod.ts";
import { redirect } from "@/utils/http.ts";
import { assertSignedIn, type State } from "@/routes/_middleware.ts";
import { BadRequestError, getCursor } from "@/utils/http.ts";

export const handler: Handlers<undefined, State> = {
  async GET(req) {
    const url = new URL(req.url);
    const iter = listItems({ cursor: getCursor(url), limit: 10, reverse: true });
    const values = await collectValues(iter);
    return Response.json({ values, cursor: iter.cursor });
  },
  async POST(req, ctx) {
    assertSignedIn(ctx);

    const form = await req.formData();
    const title = form.get("title");
    const url = form.get("url");

    if (typeof url !== "string" || !URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new BadRequestError("`url` must be a valid URL");
    }
    if (typeof title !== "string" || title.length === 0 || title.length > 200) {
      throw new BadRequestError("`title` must be a string of 1-200 characters");
    }

    const item: Item = { id: ulid(), userLogin: ctx.state.sessionUser.login, title, url, score: 0 };
    await createItem(item);
    await kv.enqueue({ type: "item_created", itemId: item.id });
    return redirect("/items/" + item.id, STATUS_CODE.SeeOther);
  },
};
