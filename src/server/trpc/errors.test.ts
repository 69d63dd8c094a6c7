import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson, { type SuperJSONResult } from "superjson";
import { describe, expect, inject, test } from "vitest";
import { createDatabase, type Database } from "~/server/db/client";
import { DomainError } from "~/server/errors";
import type { SessionUser } from "~/server/trpc/context";
import { appRouter } from "~/server/trpc/root";
import { createCoupleInput } from "~/validation/couples";
import { testDatabase } from "~/test/db";
import { coupleInput, rejectsWith, seedPractice } from "~/test/factories";
import { fieldErrorsFromIssues } from "~/validation/field-errors";
import { asTRPCError, describeError } from "./errors";

const db = testDatabase();

/** Call a procedure over HTTP, as the browser does, and return the status and the JSON body. */
async function overHttp(
  path: string,
  ctx: { db: Database; user: SessionUser | null },
  input?: unknown,
) {
  const url = `http://localhost/api/trpc/${path}`;
  const req =
    input === undefined
      ? new Request(url)
      : new Request(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ json: input }),
        });
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => ctx,
  });
  const raw = (await res.json()) as { error: SuperJSONResult };
  return {
    status: res.status,
    raw,
    error: superjson.deserialize<{ message: string; data: Record<string, unknown> }>(raw.error),
  };
}

function badCouple(therapistUserId: string) {
  const input = coupleInput(therapistUserId);
  input.label = "  ";
  input.partners[0].email = "not-an-email";
  return input;
}

describe("fieldErrorsFromIssues", () => {
  test("keys each message by its dotted field path, collecting several per field", () => {
    const result = createCoupleInput.safeParse({
      ...badCouple("t1"),
      partners: [{ displayName: "", email: "nope" }, { displayName: "B" }],
    });
    expect(result.success).toBe(false);
    expect(fieldErrorsFromIssues(result.error!.issues)).toEqual({
      label: ["Enter a label for the couple."],
      "partners.0.displayName": ["Enter a display name."],
      "partners.0.email": ["Enter a valid email address, or leave it empty."],
    });
  });

  test("puts issues without a path under _form and keeps every message for a field", () => {
    const issue = (path: (string | number)[], message: string) => ({
      code: "custom" as const,
      path,
      message,
      input: null,
    });
    expect(
      fieldErrorsFromIssues([
        issue([], "Whole form"),
        issue(["email"], "One"),
        issue(["email"], "Two"),
      ]),
    ).toEqual({
      _form: ["Whole form"],
      email: ["One", "Two"],
    });
  });
});

describe("describeError", () => {
  test("a domain error keeps its message and names its field", () => {
    const error = asTRPCError(new DomainError("CONFLICT", "Already a member.", "email"));
    expect(error.code).toBe("CONFLICT");
    expect(describeError(error)).toEqual({
      message: "Already a member.",
      fieldErrors: { email: ["Already a member."] },
    });
    expect(describeError(asTRPCError(new DomainError("NOT_FOUND", "Gone.")))).toEqual({
      message: "Gone.",
      fieldErrors: undefined,
    });
  });

  test("an internal error never shows its own message", () => {
    const error = new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      cause: new Error('relation "couples" violates constraint'),
    });
    const described = describeError(error);
    expect(described.message).toBe(
      "Something went wrong on our side. Please try again in a moment.",
    );
    expect(JSON.stringify(described)).not.toContain("couples");
  });

  test("other tRPC errors pass their message through", () => {
    expect(
      describeError(new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in again." })),
    ).toEqual({
      message: "Please sign in again.",
    });
  });

  test("a real procedure's validation error becomes field errors a form can show", async () => {
    const p = await seedPractice(db);
    const input = { practiceId: p.practiceId, ...badCouple(p.therapist.user.id) };
    const error = await rejectsWith(p.owner.api.couples.create(input), "BAD_REQUEST");
    expect(describeError(error)).toEqual({
      message: "Please check the highlighted fields.",
      fieldErrors: {
        label: ["Enter a label for the couple."],
        "partners.0.email": ["Enter a valid email address, or leave it empty."],
      },
    });
  });
});

describe("the error formatter over HTTP", () => {
  test("validation errors arrive as field errors, with no stack trace", async () => {
    const p = await seedPractice(db);
    const { status, error, raw } = await overHttp(
      "couples.create",
      { db, user: p.owner.user },
      { practiceId: p.practiceId, ...badCouple(p.therapist.user.id) },
    );
    expect(status).toBe(400);
    expect(JSON.stringify(raw)).not.toMatch(/stack|\.ts:/);
    expect(error.message).toBe("Please check the highlighted fields.");
    expect(error.data).toEqual({
      code: "BAD_REQUEST",
      httpStatus: 400,
      fieldErrors: {
        label: ["Enter a label for the couple."],
        "partners.0.email": ["Enter a valid email address, or leave it empty."],
      },
    });
  });

  test("a domain error arrives with its code, status and field", async () => {
    const p = await seedPractice(db);
    const input = { practiceId: p.practiceId, email: p.therapist.user.email, role: "admin" };
    const { status, error } = await overHttp(
      "invitations.invite",
      { db, user: p.owner.user },
      input,
    );
    expect(status).toBe(409);
    expect(error.message).toBe("This person is already a member of the practice.");
    expect(error.data).toEqual({
      code: "CONFLICT",
      httpStatus: 409,
      fieldErrors: { email: ["This person is already a member of the practice."] },
    });
  });

  test("another practice's data is a plain 404", async () => {
    const a = await seedPractice(db);
    const b = await seedPractice(db);
    const { status, error } = await overHttp(
      "invitations.invite",
      { db, user: b.owner.user },
      { practiceId: a.practiceId, email: "x@example.test", role: "admin" },
    );
    expect(status).toBe(404);
    expect(error.data).toMatchObject({ code: "NOT_FOUND" });
  });

  test("an unexpected failure shows a calm message and leaks nothing", async () => {
    const p = await seedPractice(db);
    const broken = createDatabase(inject("databaseUrl"), { max: 1 });
    await broken.close();
    const { status, error, raw } = await overHttp("practices.mine", {
      db: broken.db,
      user: p.owner.user,
    });
    expect(status).toBe(500);
    expect(error.message).toBe("Something went wrong on our side. Please try again in a moment.");
    expect(error.data).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      httpStatus: 500,
      fieldErrors: undefined,
    });
    expect(JSON.stringify(raw)).not.toMatch(/pool|stack|\.ts/i);
  });
});
