import { redirect } from "next/navigation";
import { currentUser } from "~/server/auth/staff-session";
import { api } from "~/server/trpc/server";

export default async function Home() {
  if (!(await currentUser())) redirect("/sign-in");
  const practices = await (await api()).practices.mine();
  if (practices.length === 0) redirect("/practices/new");
  if (practices.length === 1 && practices[0]) redirect(`/p/${practices[0].id}`);
  redirect("/practices");
}
