/**
 * What services throw. One middleware maps these to tRPC codes, so services stay free of
 * transport concerns. `field` names the input field a form should show the message next to.
 */
export type DomainErrorCode =
  "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "BAD_REQUEST" | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function notFound(what: string): DomainError {
  return new DomainError("NOT_FOUND", `${what} was not found.`);
}

/** A practice that requires a second factor, asked by a member who has not set one up. */
export class SecondFactorRequired extends DomainError {
  constructor() {
    super(
      "FORBIDDEN",
      "This practice asks every member to use an authenticator app. Set one up to continue.",
    );
    this.name = "SecondFactorRequired";
  }
}
