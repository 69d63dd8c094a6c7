/**
 * Notices when an observation reads like a verdict on the partner ("you always…", "he never…",
 * "my partner doesn't care…") and offers the observation form instead. It only ever suggests: the
 * person may keep their words.
 *
 * Judgement calls: only generalising present-tense statements about "you", "he", "she", "they"
 * or "my partner" (husband, wife…) count. "I always", "we never" and the past "you were always
 * kind" do not, nor idioms ("you never know", "thank you always"). "They" counts like "he" or
 * "she": partners often write "they" for each other, so "they always serve lunch at noon" gets a
 * hint too; in a field about a hurt a false notice costs one dismissed hint, a missed verdict the
 * point of the field. "You're so…" counts even before a kind word, because in a log of hurts it is
 * nearly always sarcastic. "He only…" does not count ("he only had one coffee"); "he only ever…"
 * does.
 */

export const OBSERVATION_FORM = "When ___ happened, I noticed I felt ___.";

export interface IndictmentHint {
  /** The words that read as a verdict, as the person wrote them. */
  matched: string;
  /** The whole note, said once, with OBSERVATION_FORM in it. */
  suggestion: string;
}

/** Someone other than the writer: the partner, however they are named. */
const them = "(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|spouse|fianc[eé]e?))";
const they = (pattern: string) => new RegExp(pattern.replaceAll("THEM", them), "i");

/** Checked in order, so "why do you always" is quoted whole rather than as "you always". */
const verdicts: RegExp[] = [
  /\bwhy (?:do|don't|dont|can't|cant|won't|wont) you (?:always|ever|never|just)\b/i,
  they(
    "\\bwhy (?:does|doesn't|doesnt|do|don't|dont|can't|cant|won't|wont) THEM (?:always|ever|never|just)\\b",
  ),
  /\byou(?:'re| are|re) (?:always|never|so|such an?)\b/i,
  they("\\bTHEM(?:'s|'re| is| are) (?:always|never)\\b"),
  /\byou (?:always|never|only)\b/i,
  they("\\bTHEM (?:always|never|only ever)\\b"),
  /\byou(?:'ll| will) never\b/i,
  they("\\bTHEM(?:'ll| will) never\\b"),
  /\byou (?:don't|do not|dont|didn't|did not|didnt) (?:even )?care\b/i,
  they(
    "\\bTHEM (?:doesn't|does not|doesnt|don't|do not|dont|didn't|did not|didnt) (?:even )?care\\b",
  ),
  /\byou (?:couldn't|could not) care less\b/i,
  they("\\bTHEM (?:couldn't|could not) care less\\b"),
];

/** Idioms and thanks that happen to contain a trigger; masked (same length) before matching. */
const harmless = /\b(?:you never know|thank you (?:always|so)|you only live once)\b/gi;

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
        `gets lost. If it helps, describe the moment instead: ${OBSERVATION_FORM} ` +
        "Your own words are fine too.",
    };
  }
  return null;
}
