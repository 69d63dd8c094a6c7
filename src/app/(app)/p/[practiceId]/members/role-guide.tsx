import { roleLabel, roles } from "~/domain/practice";
import { roleAbilities } from "~/domain/roles";

/** What each role can do, beside the roles it explains. */
export function RoleGuide() {
  return (
    <section aria-labelledby="role-guide" className="mt-6 border-t border-slate-200 pt-4">
      <h3 id="role-guide" className="mb-2 font-semibold">
        What each role can do
      </h3>
      <dl className="space-y-2 text-sm">
        {roles.map((role) => (
          <div key={role} className="sm:flex sm:gap-3">
            <dt className="font-medium sm:w-24 sm:shrink-0">{roleLabel[role]}</dt>
            <dd className="text-slate-700">{roleAbilities[role]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
