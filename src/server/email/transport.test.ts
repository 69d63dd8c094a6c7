import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { devMailbox } from "~/server/db/schema";
import { testDatabase } from "~/test/db";
import { unique } from "~/test/factories";
import { mailboxTransport, resendTransport, type OutgoingEmail } from "./transport";

const db = testDatabase();

function email(to: string): OutgoingEmail {
  return {
    from: "Attune <no-reply@attune.local>",
    to,
    subject: "Hello",
    html: "<p>Hi</p>",
    text: "Hi",
  };
}

describe("email transports", () => {
  test("the local mailbox stores the message for development and tests to read", async () => {
    const to = `${unique("mailbox")}@example.test`;
    await mailboxTransport(db).send(email(to));
    const [stored] = await db.select().from(devMailbox).where(eq(devMailbox.to, to));
    expect(stored).toMatchObject({ subject: "Hello", text: "Hi", html: "<p>Hi</p>" });
  });

  test("the local mailbox keeps one message per idempotency key, as Resend does", async () => {
    const to = `${unique("mailbox")}@example.test`;
    const key = crypto.randomUUID();
    const mailbox = mailboxTransport(db);
    await mailbox.send(email(to), { idempotencyKey: key });
    await mailbox.send({ ...email(to), text: "Hi again" }, { idempotencyKey: key });
    await mailbox.send(email(to), { idempotencyKey: "not-a-uuid-key" });
    await mailbox.send(email(to), { idempotencyKey: "not-a-uuid-key" });
    await mailbox.send(email(to));
    const stored = await db.select().from(devMailbox).where(eq(devMailbox.to, to));
    expect(stored).toHaveLength(3);
    expect(stored.find((m) => m.id === key)?.text).toBe("Hi");
  });

  test("Resend is given the idempotency key (its Idempotency-Key header)", async () => {
    const options: unknown[] = [];
    const client = {
      emails: {
        send: (_payload: unknown, requestOptions: unknown) => {
          options.push(requestOptions);
          return Promise.resolve({ data: { id: "e_1" }, error: null });
        },
      },
    };
    await resendTransport(client as never).send(email("a@example.test"), { idempotencyKey: "k1" });
    expect(options).toEqual([{ idempotencyKey: "k1" }]);
  });

  test("a key Resend already accepted with another body is a retry of a sent email, not a failure", async () => {
    const client = {
      emails: {
        send: () =>
          Promise.resolve({
            data: null,
            error: { name: "invalid_idempotent_request", message: "Same key, other payload." },
          }),
      },
    };
    await expect(
      resendTransport(client as never).send(email("a@example.test"), { idempotencyKey: "k1" }),
    ).resolves.toBeUndefined();
  });

  test("Resend receives exactly the message", async () => {
    const sent: unknown[] = [];
    const client = {
      emails: {
        send: (payload: unknown) => {
          sent.push(payload);
          return Promise.resolve({ data: { id: "e_1" }, error: null });
        },
      },
    };
    await resendTransport(client as never).send(email("a@example.test"));
    expect(sent).toEqual([email("a@example.test")]);
  });

  test("a refusal from Resend is an error naming the problem, not the content", async () => {
    const client = {
      emails: {
        send: () =>
          Promise.resolve({
            data: null,
            error: { name: "validation_error", message: "The domain is not verified." },
          }),
      },
    };
    const failure = resendTransport(client as never).send(email("a@example.test"));
    await expect(failure).rejects.toThrow(
      "Resend refused the email: validation_error: The domain is not verified.",
    );
  });
});
