import { render } from "@react-email/components";
import type { ReactElement } from "react";
import { describe, expect, test } from "vitest";
import { PartnerLinkEmail } from "./partner-link";
import { HomeworkAssignedEmail } from "./homework-assigned";
import { ReminderEmail } from "./reminder";
import { SafetyFlagEmail } from "./safety-flag";

const practiceName = "Harbour Couples Therapy";
const link = "https://app.example.com/c/l/tok_ABC123";

async function both(element: ReactElement) {
  return { html: await render(element), text: await render(element, { plainText: true }) };
}

describe("partner and therapist email templates", () => {
  test("homework assigned: who it is from and the personal link, nothing about the homework", async () => {
    const { html, text } = await both(
      <HomeworkAssignedEmail practiceName={practiceName} url={link} expiresInDays={14} />,
    );
    expect(text).toContain(`${practiceName} has shared homework with you`);
    expect(text).toContain(link);
    expect(text).toContain("works for 14 days");
    expect(html).toContain(`href="${link}"`);
  });

  test("homework assigned: the footer says the practice added this address for homework", async () => {
    const { text } = await both(
      <HomeworkAssignedEmail practiceName={practiceName} url={link} expiresInDays={14} />,
    );
    expect(text).toContain(
      `You received this because ${practiceName} added this address to send you homework.`,
    );
    expect(text).not.toContain("someone used this address");
  });

  test("discreet: no practice name anywhere, the care team instead", async () => {
    const emails = [
      <HomeworkAssignedEmail key="h" practiceName={null} url={link} expiresInDays={14} />,
      <ReminderEmail key="r" practiceName={null} url={link} unsubscribeUrl={link} />,
      <PartnerLinkEmail key="l" practiceName={null} url={link} expiresInDays={7} />,
    ];
    const [homework, reminder, newLink] = await Promise.all(emails.map(both));
    expect(homework!.text).toContain("Your care team has shared homework with you");
    expect(homework!.text).toContain("your care team added this address to send you homework");
    expect(reminder!.text).toContain("you have homework from your care team");
    expect(newLink!.text).toContain("Here is your new personal link.");
    for (const email of [homework, reminder, newLink]) {
      expect(JSON.stringify(email)).not.toContain("Harbour");
      // Nor the product: "Attune" says couples therapy to whoever reads the lock screen.
      expect(JSON.stringify(email)).not.toMatch(/attune/i);
      expect(email!.html).toContain(`href="${link}"`);
    }
  });

  test("reminder: gentle, the personal link and a way to stop reminders", async () => {
    const unsubscribe = "https://app.example.com/c/unsubscribe/p1.mac";
    const { html, text } = await both(
      <ReminderEmail practiceName={practiceName} url={link} unsubscribeUrl={unsubscribe} />,
    );
    expect(text).toContain(`A gentle reminder: you have homework from ${practiceName}`);
    expect(html).toContain(`href="${link}"`);
    expect(html).toContain(`href="${unsubscribe}"`);
    expect(text).toContain("Stop reminder emails");
  });

  test("new link: the link, its lifetime, and what to do if you did not ask", async () => {
    const { html, text } = await both(
      <PartnerLinkEmail practiceName={practiceName} url={link} expiresInDays={7} />,
    );
    expect(text).toContain(`new personal link for ${practiceName}`);
    expect(text).toContain("It works for 7 days");
    expect(text).toContain("If you did not ask for a new link, you can ignore this email");
    expect(html).toContain(`href="${link}"`);
  });

  test("safety flag: asks the therapist to sign in, and says nothing more", async () => {
    const url = "https://app.example.com/p/p-1/couples/c-1";
    const { html, text } = await both(<SafetyFlagEmail practiceName={practiceName} url={url} />);
    expect(text).toContain("A client in Harbour Couples Therapy flagged a safety concern");
    expect(text).toContain("Sign in to Attune to view it");
    expect(html).toContain(`href="${url}"`);
  });
});
