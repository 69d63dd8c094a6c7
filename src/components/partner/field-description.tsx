/** A question's help and error, and the ids that tie them to its input. */
export function Described({ id, help, error }: { id: string; help?: string; error?: string }) {
  return (
    <>
      {help ? (
        <p id={`${id}-help`} className="text-[15px] text-slate-600">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function describedBy(id: string, help?: string, error?: string) {
  return (
    [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
  );
}
