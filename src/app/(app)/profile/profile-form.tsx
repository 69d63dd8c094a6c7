"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { formText } from "~/components/ui/form-data";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";

interface Props {
  defaults: { name: string; credentials: string; pronouns: string };
  email: string;
  /** First sign-in: carry on to `next` after saving, and offer to skip. */
  welcome: boolean;
  next: string;
}

export function ProfileForm({ defaults, email, welcome, next }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const { note, clear, succeed } = useSuccessNote();
  const save = useMutation(
    trpc.profile.save.mutationOptions({
      onSuccess: welcome ? () => router.push(next) : succeed("Profile saved."),
    }),
  );
  const skip = useMutation(
    trpc.profile.skip.mutationOptions({ onSuccess: () => router.push(next) }),
  );
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      noValidate
      aria-label="Your profile"
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        clear();
        const form = new FormData(event.currentTarget);
        save.mutate({
          name: formText(form, "name"),
          credentials: formText(form, "credentials"),
          pronouns: formText(form, "pronouns"),
        });
      }}
    >
      <FormError error={save.error ?? skip.error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      <TextField
        id="name"
        label="Your name"
        hint="As clients and colleagues know you, e.g. Dr. Dana Reyes."
        autoComplete="name"
        defaultValue={defaults.name}
        required
        error={errors.name}
      />
      <TextField
        id="credentials"
        label="Credentials (optional)"
        hint="Shown after your name, e.g. LMFT or PhD."
        defaultValue={defaults.credentials}
        error={errors.credentials}
      />
      <TextField
        id="pronouns"
        label="Pronouns (optional)"
        hint="e.g. she/her, he/him, they/them."
        defaultValue={defaults.pronouns}
        error={errors.pronouns}
      />
      <p className="text-sm text-slate-600">Signed in as {email}.</p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : welcome ? "Save and continue" : "Save profile"}
        </Button>
        {welcome ? (
          <Button
            type="button"
            variant="secondary"
            disabled={skip.isPending}
            onClick={() => skip.mutate()}
          >
            Skip for now
          </Button>
        ) : null}
      </div>
    </form>
  );
}
