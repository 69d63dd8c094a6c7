/**
 * "Is this your own device?": the answer sets how long the partner stays signed in and where
 * unsent answers are kept. A plain form, so it works without scripts. Not answering counts as
 * shared.
 */
export function DeviceQuestion({
  idleMinutes,
  draftDays,
  headingLevel = 1,
}: {
  idleMinutes: number;
  draftDays: number;
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const button =
    "min-h-14 w-full rounded-lg border-2 border-brand-700 px-4 text-left text-lg font-semibold";
  return (
    <section aria-labelledby="device-heading" className="space-y-4">
      <Heading
        id="device-heading"
        className={headingLevel === 1 ? "text-2xl font-semibold" : "text-lg font-semibold"}
      >
        Is this your own device?
      </Heading>
      <p>If anyone else uses this phone, tablet or computer, choose shared.</p>
      <form method="post" action="/c/session/device" className="space-y-4">
        <div className="space-y-1">
          <button
            type="submit"
            name="device"
            value="own"
            aria-describedby="own-note"
            className={`${button} bg-white text-brand-800`}
          >
            Yes, only I use it
          </button>
          <p id="own-note" className="text-[15px] text-slate-600">
            You stay signed in until your link expires. Unsent answers are kept on this device for
            up to {draftDays} days.
          </p>
        </div>
        <div className="space-y-1">
          <button
            type="submit"
            name="device"
            value="shared"
            aria-describedby="shared-note"
            className={`${button} bg-brand-700 text-white`}
          >
            It&rsquo;s shared, or I&rsquo;m not sure
          </button>
          <p id="shared-note" className="text-[15px] text-slate-600">
            You are signed out after {idleMinutes} minutes without use. Unsent answers are kept only
            until you send them or close this tab.
          </p>
        </div>
      </form>
    </section>
  );
}
