import * as yup from "yup";
import { createSmartRouteHandler } from "@/route-handlers/smart-route-handler";
import { adaptSchema, adminAuthTypeSchema } from "@stackframe/stack-shared/dist/schema-fields";
import { searchUsers, listUsersOrdered } from "@/lib/users";

type SearchRow = {
  projectUserId: string;
  displayName: string | null;
  primaryEmail: string | null;
  createdAt: Date;
  lastActiveAt: Date | null;
};

function toApiUser(row: SearchRow) {
  return {
    id: row.projectUserId,
    display_name: row.displayName,
    primary_email: row.primaryEmail,
    signed_up_at_millis: row.createdAt.getTime(),
    last_active_at_millis: row.lastActiveAt?.getTime() ?? null,
  };
}

export const GET = createSmartRouteHandler({
  metadata: { summary: "Search users", description: "Dashboard search over display names and emails", tags: ["Users"], hidden: true },
  request: yup.object({
    auth: yup.object({ type: adminAuthTypeSchema, tenancy: adaptSchema.defined() }).defined(),
    query: yup.object({
      query: yup.string().max(200).optional(),
      order_by: yup.string().oneOf(["signed_up_at", "display_name", "last_active_at"]).default("signed_up_at"),
      desc: yup.boolean().default(true),
      limit: yup.number().integer().min(1).max(200).default(50),
    }).defined(),
  }),
  response: yup.object({
    statusCode: yup.number().oneOf([200]).defined(),
    bodyType: yup.string().oneOf(["json"]).defined(),
    body: yup.object({ items: yup.array().defined() }).defined(),
  }),
  async handler({ auth, query }) {
    const items = query.query
      ? await searchUsers(auth.tenancy.id, query.query, query.limit)
      : await listUsersOrdered(auth.tenancy.id, query.order_by, query.desc, query.limit);
    return { statusCode: 200, bodyType: "json", body: { items: items.map(toApiUser) } };
  },
});
