const gotIt =
  "min-h-12 rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-800";

/**
 * Shown on the home page until put away: who reads what the partner sends, in the practice's
 * words (its secrets policy). A plain form, so "Got it" works without scripts.
 */
export function WhoReadsWhat({ policy, therapist }: { policy: string; therapist: string | null }) {
  return (
    <section
      aria-labelledby="intro-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-brand-50 p-4"
    >
      <h2 id="intro-heading" className="text-lg font-semibold">
        Who reads what
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <span className="font-medium">Private</span> (the usual): only{" "}
          {therapist ? `your therapist, ${therapist},` : "your therapist"} reads it.
        </li>
        <li>
          <span className="font-medium">Shared</span>: your partner can read it too. You choose each
          time, and you can make it private again.
        </li>
      </ul>
      <p className="text-[15px] text-slate-700">{policy}</p>
      <form method="post" action="/c/session/dismiss">
        <button type="submit" name="what" value="intro" className={gotIt}>
          Got it
        </button>
      </form>
    </section>
  );
}

/**
 * "Add to home screen", offered only on the partner's own device (a shared phone should keep no
 * tile): a few steps for iPhone Safari and Android Chrome; "Got it" hides it on this device.
 */
export function HomeScreenTip() {
  return (
    <section
      aria-labelledby="home-screen-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="home-screen-heading" className="text-lg font-semibold">
        Open this in one tap
      </h2>
      <p className="text-[15px] text-slate-700">
        Add it to your home screen. The tile says &ldquo;Homework&rdquo;.
      </p>
      <details className="text-[15px]">
        <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700 underline">
          On an iPhone (Safari)
        </summary>
        <ol className="list-decimal space-y-1 pl-5">
          <li>Tap the Share button (a square with an arrow) at the bottom of the screen.</li>
          <li>Scroll down and tap &ldquo;Add to Home Screen&rdquo;.</li>
          <li>Tap &ldquo;Add&rdquo;.</li>
        </ol>
      </details>
      <details className="text-[15px]">
        <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700 underline">
          On Android (Chrome)
        </summary>
        <ol className="list-decimal space-y-1 pl-5">
          <li>Tap the menu (three dots) at the top right.</li>
          <li>Tap &ldquo;Add to home screen&rdquo; (or &ldquo;Install app&rdquo;).</li>
          <li>Tap &ldquo;Add&rdquo;.</li>
        </ol>
      </details>
      <form method="post" action="/c/session/dismiss">
        <button type="submit" name="what" value="home-screen" className={gotIt}>
          Got it
        </button>
      </form>
    </section>
  );
}
