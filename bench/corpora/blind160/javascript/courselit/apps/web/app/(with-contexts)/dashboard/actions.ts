"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";

import DomainModel from "@models/Domain";
import { getDomain, getUser, hasPermission, clientIp } from "@/lib/request-context";
import { logger } from "@/lib/logger";

const SETTINGS_TABS = new Set(["branding", "payment", "mails", "code-injection", "api-keys"]);

export async function updateSiteTitle(formData: FormData) {
    const domain = await getDomain();
    const user = domain && (await getUser(domain));
    if (!domain || !hasPermission(user, "setting:manage")) {
        // expect: log-injection
        logger.warn(`Denied site title update for ${formData.get("title")} from ${clientIp(await headers())}`);
        throw new Error("Forbidden");
    }
    const title = String(formData.get("title") || "").slice(0, 120);
    await DomainModel.updateOne({ _id: domain._id }, { $set: { "settings.title": title } });
    revalidatePath("/dashboard/settings");

    const tab = String(formData.get("tab") || "branding");
    redirect(SETTINGS_TABS.has(tab) ? `/dashboard/settings?tab=${tab}` : "/dashboard/settings");
}

export async function finishOnboarding(formData: FormData) {
    const domain = await getDomain();
    const user = domain && (await getUser(domain));
    if (!domain || !user) {
        redirect("/login");
    }
    await DomainModel.updateOne({ _id: domain._id }, { $set: { onboarded: true } });
    const next = String(formData.get("next") || "/dashboard");
    // expect: open-redirect
    redirect(next);
}

export async function switchProduct(formData: FormData) {
    const courseId = String(formData.get("courseId") || "");
    if (!/^[a-zA-Z0-9_-]{8,32}$/.test(courseId)) {
        redirect("/dashboard/products");
    }
    redirect(`/dashboard/product/${courseId}`);
}
