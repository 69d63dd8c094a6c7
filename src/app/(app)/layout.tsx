import type { ReactNode } from "react";
import { TrpcProvider } from "~/components/trpc-provider";

export default function AppLayout({ children }: { children: ReactNode }) {
  return <TrpcProvider>{children}</TrpcProvider>;
}
