import { error, fail } from "@sveltejs/kit";
import type { Actions, PageServerLoad } from "./$types";
import { client } from "$lib/server/prisma";
import { createImage, deleteImage, saveAttachment } from "$lib/server/image-util";

const MAX_UPLOAD = 10 * 1024 * 1024;

async function requireOwnedItem(locals: App.Locals, itemId: string) {
    const { session, user } = await locals.getSessionUser();
    if (!session) error(401, "Unauthorized");
    const id = Number(itemId);
    if (!Number.isInteger(id)) error(400, "Invalid item id");
    const item = await client.item.findUnique({ where: { id }, include: { addedBy: { select: { username: true } } } });
    if (!item || item.addedBy.username !== user.username) error(404, "Item not found");
    return { item, user };
}

export const load: PageServerLoad = async ({ locals, params }) => {
    const { item } = await requireOwnedItem(locals, params.itemId);
    return { item };
};

export const actions: Actions = {
    image: async ({ locals, params, request }) => {
        const { item, user } = await requireOwnedItem(locals, params.itemId);
        const form = await request.formData();
        const image = form.get("image");
        if (!(image instanceof File) || image.size > MAX_UPLOAD) {
            return fail(400, { error: "Image is required and must be under 10 MB" });
        }
        const filename = await createImage(user.username, image);
        if (item.imageUrl) await deleteImage(item.imageUrl);
        await client.item.update({ where: { id: item.id }, data: { imageUrl: filename } });
        return { success: true };
    },

    attach: async ({ locals, params, request }) => {
        const { item } = await requireOwnedItem(locals, params.itemId);
        const form = await request.formData();
        const file = form.get("file");
        if (!(file instanceof File) || file.size === 0 || file.size > MAX_UPLOAD) {
            return fail(400, { error: "Attachment must be under 10 MB" });
        }
        const stored = await saveAttachment(String(item.id), file);
        await client.attachment.create({ data: { itemId: item.id, path: stored } });
        return { success: true };
    }
};
