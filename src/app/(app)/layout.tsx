import type { ReactNode } from "react";
import { TrpcProvider } from "~/components/trpc-provider";
import { inter } from "../fonts";

export default function AppLayout({ children }: { children: ReactNode }) {
  return (
    <div className={inter.className}>
      <TrpcProvider>{children}</TrpcProvider>
    </div>
  );
}
