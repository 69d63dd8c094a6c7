"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formText } from "~/components/ui/form-data";
import { signIn } from "~/server/auth";
import { sameOriginPath } from "~/server/urls/app-url";
import { emailSchema } from "~/validation/common";

export interface SignInState {
  email: string;
  error?: string;
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
    redirectTo: sameOriginPath(form.get("callbackUrl")),
    redirect: false,
  });
  redirect("/sign-in/check-email");
}
