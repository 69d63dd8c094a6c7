import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { isManager, type PracticeScope } from "./scope";

type SetupStep = "profile" | "settings" | "couple" | "homework" | "colleague";

export interface SetupItem {
  step: SetupStep;
  label: string;
  href: string;
  done: boolean;
}

/**
 * A new practice's first steps, each done when the thing exists: a name on the profile, the
 * practice settings saved once, a first couple, first homework, a colleague invited. Owners and
 * admins get all five; a therapist the three that are theirs. Empty once every step is done.
 */
export async function setupChecklist(db: Executor, scope: PracticeScope): Promise<SetupItem[]> {
  const result = await db.execute<{
    named: boolean;
    settings: boolean;
    couple: boolean;
    homework: boolean;
    colleague: boolean;
  }>(sql`
    select
      exists (select 1 from users where id = ${scope.userId} and name is not null) as named,
      exists (select 1 from audit_events where practice_id = ${scope.practiceId}
        and action = 'practice.settings_changed') as settings,
      exists (select 1 from couples where practice_id = ${scope.practiceId}) as couple,
      exists (select 1 from assignments where practice_id = ${scope.practiceId}) as homework,
      (exists (select 1 from invitations where practice_id = ${scope.practiceId})
        or (select count(*) from memberships where practice_id = ${scope.practiceId}) > 1) as colleague
  `);
  const row = result.rows[0]!;
  const base = `/p/${scope.practiceId}`;
  const items: SetupItem[] = [
    { step: "profile", label: "Add your name", href: "/profile", done: row.named },
    ...(isManager(scope)
      ? [
          {
            step: "settings" as const,
            label: "Check the practice settings",
            href: `${base}/settings`,
            done: row.settings,
          },
        ]
      : []),
    {
      step: "couple",
      label: "Add your first couple",
      href: `${base}/couples/new`,
      done: row.couple,
    },
    {
      step: "homework",
      label: "Assign their first homework",
      href: row.couple ? base : `${base}/couples/new`,
      done: row.homework,
    },
    ...(isManager(scope)
      ? [
          {
            step: "colleague" as const,
            label: "Invite a colleague",
            href: `${base}/members`,
            done: row.colleague,
          },
        ]
      : []),
  ];
  return items.every((item) => item.done) ? [] : items;
}
