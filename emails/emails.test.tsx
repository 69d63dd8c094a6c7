import { render } from "@react-email/components";
import { describe, expect, test } from "vitest";
import { InvitationEmail } from "./invitation";
import { SignInEmail } from "./sign-in";

describe("email templates", () => {
  test("the invitation names the practice and the inviter, and carries the link", async () => {
    const url = "https://app.example.com/invitations/abc123";
    const text = await render(
      <InvitationEmail
        url={url}
        practiceName="Harbour"
        invitedBy="Dana"
        role="therapist"
        expiresInDays={7}
      />,
      { plainText: true },
    );
    expect(text).toContain("Dana invited you to join Harbour on Attune as a therapist");
    expect(text).toContain(url);
    expect(text).toContain("expires in 7 days");
  });

  test("the sign-in email carries the link and its lifetime", async () => {
    const url = "https://app.example.com/api/auth/callback/resend?token=t";
    const html = await render(<SignInEmail url={url} minutesValid={60} />);
    const text = await render(<SignInEmail url={url} minutesValid={60} />, { plainText: true });
    expect(html).toContain(`href="${url}"`);
    expect(text).toContain("It works once and expires in 60 minutes.");
  });
});
