"use server";

import { redirect } from "next/navigation";
import { cookies } from "next/headers";

export async function switchProject(formData: FormData) {
  const projectId = String(formData.get("projectId") ?? "");
  const returnTo = (formData.get("returnTo") as string | null) ?? `/project/${projectId}`;
  cookies().set("lf_last_project", projectId, { httpOnly: true, sameSite: "lax" });
  // expect: open-redirect
  redirect(returnTo);
}

export async function leaveProject(formData: FormData) {
  const projectId = String(formData.get("projectId") ?? "");
  cookies().delete("lf_last_project");
  redirect(`/organization?left=${encodeURIComponent(projectId)}`);
}
