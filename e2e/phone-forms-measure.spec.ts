import { expect, test, type Page } from "@playwright/test";
import { seedPhoneForms } from "./seed";
import { uniqueEmail } from "./support";

/**
 * Not a check but a measurement for the closing note: how many 375×812 screens each phone
 * form is (its full scroll height over the viewport's), and how many questions it shows and
 * requires. Printed, never asserted against a number. Run alone:
 * `E2E_PORT=… npm run test:e2e -- e2e/phone-forms-measure.spec.ts`.
 */
const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };

async function measure(page: Page, path: string, label: string, screenshot: string) {
  await page.goto(path);
  await expect(page.getByRole("button", { name: /Send/ })).toBeVisible();
  const sizes = await page.evaluate(() => {
    const form = document.querySelector("main form");
    // A question is a field's own label or a group's legend; labels inside a group are its parts.
    const questions = [...(form?.querySelectorAll("label[for], legend") ?? [])].filter(
      (q) => q.tagName === "LEGEND" || !q.closest("fieldset"),
    );
    const texts = questions.map((q) => (q.textContent ?? "").trim());
    const send = [...document.querySelectorAll("main form button[type=submit]")].at(-1);
    return {
      sendBottom: Math.round((send?.getBoundingClientRect().bottom ?? 0) + window.scrollY),
      scrollHeight: document.documentElement.scrollHeight,
      viewport: window.innerHeight,
      questions: texts.length,
      optional: texts.filter((t) => t.includes("(optional")).length,
    };
  });
  const line = {
    form: label,
    scrollHeight: sizes.scrollHeight,
    screens: Number((sizes.scrollHeight / sizes.viewport).toFixed(2)),
    sendButtonBottom: sizes.sendBottom,
    questions: sizes.questions,
    required: sizes.questions - sizes.optional,
  };
  // The whole page as a phone shows it, for before/after pictures in the closing note.
  const file = test.info().outputPath(screenshot);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`PHONE-FORM ${JSON.stringify({ ...line, screenshot: file })}`);
}

test("phone forms: screens and questions at 375×812", async ({ browser }) => {
  const seeded = await seedPhoneForms(uniqueEmail("measure-therapist"));
  const page = await (await browser.newContext(phone)).newPage();
  await page.goto(seeded.link);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/c$/);
  await measure(
    page,
    `/c/h/${seeded.hurtAssignmentId}`,
    "micro-hurt log (as opened)",
    "micro-hurt-opened.png",
  );
  await measure(
    page,
    `/c/h/${seeded.hurtAssignmentId}?form=full`,
    "micro-hurt log, full form",
    "micro-hurt-full.png",
  );
  await measure(page, `/c/h/${seeded.cycleAssignmentId}`, "cycle map", "cycle-map.png");
});
