import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { publishProject } from "@webstudio-is/project";

export const action = async ({ params, request }: ActionFunctionArgs) => {
  const { domain, target = "static" } = (await request.json()) as { domain: string; target?: string };
  const result = await publishProject(params.projectId ?? "", domain, target);
  return json(result);
};
