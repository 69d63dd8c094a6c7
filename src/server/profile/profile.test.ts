import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { users } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { callerFor, createUser, rejectsWith } from "~/test/factories";
import { needsProfilePrompt, profileOf } from "./profile";

const db = testDatabase();

test("a person with no name is asked once; saving a profile stores it and stops the asking", async () => {
  const user = await createUser(db);
  await db.update(users).set({ name: null }).where(eq(users.id, user.id));
  expect(await needsProfilePrompt(db, user.id)).toBe(true);

  const api = callerFor(db, user);
  await api.profile.save({ name: "  Dana Reyes ", credentials: "LMFT", pronouns: "" });

  expect(await profileOf(db, user.id)).toMatchObject({
    name: "Dana Reyes",
    credentials: "LMFT",
    pronouns: null,
  });
  expect(await needsProfilePrompt(db, user.id)).toBe(false);
});

test("skipping is remembered, so the form is not forced on them again", async () => {
  const user = await createUser(db);
  await db.update(users).set({ name: null }).where(eq(users.id, user.id));
  await callerFor(db, user).profile.skip();
  expect(await needsProfilePrompt(db, user.id)).toBe(false);
});

test("bad input gets a plain message and changes nothing; signed-out callers are refused", async () => {
  const user = await createUser(db, "Kept Name");
  const api = callerFor(db, user);
  const blank = await rejectsWith(
    api.profile.save({ name: "   ", credentials: null, pronouns: null }),
    "BAD_REQUEST",
  );
  expect(JSON.stringify(blank)).toContain("Enter your name.");
  const long = await rejectsWith(
    api.profile.save({ name: "Dana", credentials: "x".repeat(61), pronouns: null }),
    "BAD_REQUEST",
  );
  expect(JSON.stringify(long)).toContain("Keep credentials under 60 characters.");
  expect((await profileOf(db, user.id))?.name).toBe("Kept Name");
  await expect(callerFor(db, null).profile.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
});
