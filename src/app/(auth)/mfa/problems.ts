import { TOO_MANY_ATTEMPTS_MESSAGE } from "~/server/mfa/attempts";
import { WRONG_SECOND_FACTOR } from "~/server/mfa/verify";

/** What the code page says after a refused attempt (?error=…): never which part was wrong. */
export const secondFactorProblems = {
  wrong: WRONG_SECOND_FACTOR,
  limited: TOO_MANY_ATTEMPTS_MESSAGE,
} as const;

export type SecondFactorProblem = keyof typeof secondFactorProblems;
