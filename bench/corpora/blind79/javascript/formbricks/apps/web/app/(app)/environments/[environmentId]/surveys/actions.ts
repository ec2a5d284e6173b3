"use server";

import { z } from "zod";
import { authenticatedActionClient } from "@/lib/utils/action-client";
import { checkAuthorizationUpdated } from "@/lib/utils/action-client-middleware";
import { getOrganizationIdFromEnvironmentId } from "@/lib/utils/helper";
import {
  SURVEY_SORT_FIELDS,
  getSurveyCountsByStatus,
  getSurveys,
  searchSurveysByName,
} from "@/lib/survey/service";

const ZGetSurveysAction = z.object({
  environmentId: z.string().cuid2(),
  sortBy: z.enum(SURVEY_SORT_FIELDS),
  limit: z.number().int().max(100).optional(),
  offset: z.number().int().optional(),
});

export const getSurveysAction = authenticatedActionClient
  .schema(ZGetSurveysAction)
  .action(async ({ ctx, parsedInput }) => {
    await checkAuthorizationUpdated({
      userId: ctx.user.id,
      organizationId: await getOrganizationIdFromEnvironmentId(parsedInput.environmentId),
      access: [{ type: "organization", roles: ["owner", "manager", "member"] }],
    });
    return getSurveys(parsedInput.environmentId, parsedInput.sortBy, parsedInput.limit, parsedInput.offset);
  });

const ZSearchSurveysAction = z.object({
  environmentId: z.string().cuid2(),
  name: z.string().max(200),
  statusFilter: z.string().optional(),
});

export const searchSurveysAction = authenticatedActionClient
  .schema(ZSearchSurveysAction)
  .action(async ({ ctx, parsedInput }) => {
    const { environmentId, name, statusFilter = "" } = parsedInput;
    await checkAuthorizationUpdated({
      userId: ctx.user.id,
      organizationId: await getOrganizationIdFromEnvironmentId(environmentId),
      access: [{ type: "organization", roles: ["owner", "manager", "member"] }],
    });
    const [surveys, counts] = await Promise.all([
      searchSurveysByName(environmentId, name),
      getSurveyCountsByStatus(environmentId, statusFilter),
    ]);
    return { surveys, counts };
  });
