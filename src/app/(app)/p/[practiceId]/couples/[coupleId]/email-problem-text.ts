/**
 * What the couple page says about a partner's email that is not getting through. While delivery
 * is being retried (the provider failing, say) Attune is still on it; once it has given up, the
 * address is the likely cause. Names and addresses only: never what the email was about.
 */
export function emailProblemText(name: string, problem: { to: string; retrying: boolean }): string {
  return problem.retrying
    ? `Email to ${name} is failing to send; Attune keeps trying.`
    : `We could not email ${name} — check the address (${problem.to}).`;
}
