import { error, json } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";
import { client } from "$lib/server/prisma";

const SORT_COLUMNS: Record<string, string> = {
    price: `"price"`,
    created: `"createdAt"`,
    name: `"name"`
};

interface ItemRow {
    id: number;
    name: string;
    price: number | null;
    url: string | null;
    image_url: string | null;
}

export const GET: RequestHandler = async ({ locals, url }) => {
    const { session, user } = await locals.getSessionUser();
    if (!session) {
        error(401, "Unauthorized");
    }

    const listOwner = url.searchParams.get("user");
    const search = url.searchParams.get("q");
    if (search) {
        const items = await client.item.findMany({
            where: { user: { username: listOwner ?? user.username }, name: { contains: search }, groupId: user.groupId },
            take: 50
        });
        return json(items);
    }

    const column = SORT_COLUMNS[url.searchParams.get("sort") ?? "created"] ?? `"createdAt"`;
    const direction = url.searchParams.get("direction") ?? "DESC";
    const owner = await client.user.findUnique({ where: { username: listOwner ?? user.username }, select: { id: true } });
    if (!owner) {
        error(404, "User not found");
    }
    // expect: sql-injection
    const rows = await client.$queryRawUnsafe<ItemRow[]>(`SELECT id, name, price, url, image_url FROM "items" WHERE "userId" = $1 AND "groupId" = $2 ORDER BY ${column} ${direction} LIMIT 200`, owner.id, user.groupId);
    return json(rows);
};
