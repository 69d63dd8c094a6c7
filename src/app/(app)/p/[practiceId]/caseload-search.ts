"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formText } from "~/components/ui/form-data";
import { idSchema } from "~/validation/common";
import { CASELOAD_SEARCH_COOKIE } from "./caseload-search-cookie";

/**
 * The caseload filter form: status and therapist go in the URL (shareable, harmless); the name
 * searched for goes in a short-lived cookie scoped to this practice's pages.
 */
export async function applyCaseloadFilters(practiceId: string, form: FormData) {
  const id = idSchema.parse(practiceId);
  const query = formText(form, "q").trim().slice(0, 100);
  const jar = await cookies();
  const path = `/p/${id}`;
  if (query) {
    jar.set(CASELOAD_SEARCH_COOKIE, query, {
      httpOnly: true,
      sameSite: "strict",
      secure: process.env.NODE_ENV === "production" && !!process.env.APP_URL?.startsWith("https"),
      path,
      maxAge: 60 * 60,
    });
  } else {
    jar.delete({ name: CASELOAD_SEARCH_COOKIE, path });
  }
  const params = new URLSearchParams();
  for (const key of ["status", "therapist"]) {
    const value = formText(form, key);
    if (value) params.set(key, value);
  }
  redirect(params.size > 0 ? `${path}?${params}` : path);
}
