import { Alert } from "~/components/ui/alert";

/** The recovery codes, the one time they are shown. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-3">
      <Alert tone="success">Your authenticator app is set up.</Alert>
      <h2 className="text-lg font-semibold">Your recovery codes</h2>
      <p className="text-sm text-slate-700">
        If you lose your phone, each of these signs you in once instead of a code. Print them or
        keep them in a password manager: Attune will not show them again.
      </p>
      <ul
        aria-label="Recovery codes"
        className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm"
      >
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ul>
    </div>
  );
}
