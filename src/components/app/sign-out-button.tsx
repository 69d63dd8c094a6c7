import { signOut } from "~/server/auth";

export function SignOutButton() {
  return (
    <form
      action={async () => {
        "use server";
        await signOut({ redirectTo: "/sign-in" });
      }}
    >
      <button
        type="submit"
        className="min-h-11 rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
      >
        Sign out
      </button>
    </form>
  );
}
