import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { TrpcProvider } from "~/components/trpc-provider";
import { currentSignIn } from "~/server/auth/staff-session";
import { inter } from "../fonts";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Staff pages only: a session that has not entered its authenticator code yet sees none of them.
  if ((await currentSignIn())?.awaitsSecondFactor) redirect("/mfa");
  return (
    <div className={inter.className}>
      <TrpcProvider>{children}</TrpcProvider>
    </div>
  );
}
