"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formText } from "~/components/ui/form-data";
import { signIn } from "~/server/auth";
import { emailSchema } from "~/validation/common";

export interface SignInState {
  email: string;
  error?: string;
}

/** Only same-site paths may follow sign-in, so a crafted link cannot bounce someone elsewhere. */
function safeReturnPath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

export async function requestSignInLink(
  _previous: SignInState,
  form: FormData,
): Promise<SignInState> {
  const raw = formText(form, "email");
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) return { email: raw, error: z.treeifyError(parsed.error).errors[0] };
  await signIn("resend", {
    email: parsed.data,
    redirectTo: safeReturnPath(form.get("callbackUrl")),
    redirect: false,
  });
  redirect("/sign-in/check-email");
}
