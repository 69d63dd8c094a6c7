import type { ReactNode } from "react";
import { inter } from "../fonts";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main
      className={`${inter.className} mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10`}
    >
      <p className="mb-6 text-center text-xl font-semibold text-brand-700">Attune</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
    </main>
  );
}
