/**
 * Notices when an observation reads like a verdict on the partner ("you always…", "you never…",
 * "you don't care…") and offers the observation form instead. It only ever suggests: the person
 * may keep their words.
 *
 * Judgement calls: only generalising present-tense "you" statements count. "I always", "we
 * never" and the past "you were always kind" do not, nor idioms ("you never know", "thank you
 * always"). "You're so…" counts even before a kind word, because in a log of hurts it is nearly
 * always sarcastic; a false notice costs one dismissed hint.
 */

export const OBSERVATION_FORM = "When ___ happened, I noticed I felt ___.";

export interface IndictmentHint {
  /** The words that read as a verdict, as the person wrote them. */
  matched: string;
  suggestion: string;
}

/** Checked in order, so "why do you always" is quoted whole rather than as "you always". */
const verdicts: RegExp[] = [
  /\bwhy (?:do|don't|dont|can't|cant|won't|wont) you (?:always|ever|never|just)\b/i,
  /\byou(?:'re| are|re) (?:always|never|so|such an?)\b/i,
  /\byou (?:always|never|only)\b/i,
  /\byou(?:'ll| will) never\b/i,
  /\byou (?:don't|do not|dont|didn't|did not|didnt) (?:even )?care\b/i,
  /\byou (?:couldn't|could not) care less\b/i,
];

/** Idioms and thanks that happen to contain a trigger; masked (same length) before matching. */
const harmless = /\b(?:you never know|thank you (?:always|so)|you only live once)\b/i;

function straightenApostrophes(text: string): string {
  // One character for one, so match positions map back onto the original text.
  return text.replace(/[\u2018\u2019\u02BC]/g, "'");
}

export function indictmentHint(text: string): IndictmentHint | null {
  const searchable = straightenApostrophes(text).replace(harmless, (idiom) =>
    "_".repeat(idiom.length),
  );
  for (const verdict of verdicts) {
    const found = verdict.exec(searchable);
    if (!found) continue;
    const matched = text.slice(found.index, found.index + found[0].length);
    return {
      matched,
      suggestion:
        `“${matched}…” can land as a verdict on who your partner is, and the hurt underneath ` +
        `gets lost. If it helps, try describing the moment instead: “${OBSERVATION_FORM}” ` +
        "Your own words are fine too.",
    };
  }
  return null;
}
