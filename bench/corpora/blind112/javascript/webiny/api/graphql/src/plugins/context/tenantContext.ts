import { ContextPlugin } from "@webiny/api";
import { Context } from "~/types";
import { ExportsService } from "~/plugins/exports/ExportsService";
import { createReportsStorage } from "~/lib/reportsStorage";

export default new ContextPlugin<Context>(async context => {
    const headers = context.request.headers || {};
    const requestedTenant = headers["x-tenant"] as string | undefined;

    context.extras = {
        tenantHint: requestedTenant ?? "root",
        locale: (headers["x-i18n-locale"] as string) || "en-US"
    };

    context.exports = new ExportsService({
        tenant: context.tenancy.getCurrentTenant().id,
        workDir: process.env.EXPORTS_DIR || "/tmp/exports"
    });

    context.reports = createReportsStorage(context);
});
