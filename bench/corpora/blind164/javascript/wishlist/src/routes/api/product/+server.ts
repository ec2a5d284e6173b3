import { error, json } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";
import { getProductMetadata, absoluteImageUrl, getExchangeRates } from "$lib/server/metadata";
import { getConfig } from "$lib/server/config";

export const GET: RequestHandler = async ({ locals, url }) => {
    const { session, user } = await locals.getSessionUser();
    if (!session) {
        error(401, "Unauthorized");
    }

    const productUrl = url.searchParams.get("url");
    if (!productUrl) {
        error(400, "must specify a url");
    }

    const config = await getConfig(user.groupId);
    const data = await getProductMetadata(productUrl);
    const image = absoluteImageUrl(data.url, data.image);

    let price = data.price;
    if (price !== undefined && data.currency && config.defaultCurrency && data.currency !== config.defaultCurrency) {
        const { rates } = await getExchangeRates(config.defaultCurrency);
        const rate = rates[data.currency];
        if (rate) {
            price = Math.round((price / rate) * 100) / 100;
        }
    }

    return json({ ...data, image, price, currency: config.defaultCurrency ?? data.currency });
};
