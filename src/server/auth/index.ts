import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import Resend from "next-auth/providers/resend";
import { createElement } from "react";
import { SignInEmail } from "@emails/sign-in";
import { env } from "~/env";
import { getDb } from "~/server/db";
import { accounts, staffSessions, users, verificationTokens } from "~/server/db/schema";
import { sendEmail } from "~/server/email/send-email";
import { clientIp } from "~/server/http/client-ip";
import { takeSignInAllowance } from "~/server/rate-limit/email-allowance";
import { appUrl } from "~/server/urls/app-url";
import { normalizeSignInEmail } from "./normalize-email";
import { withAbsoluteSessionLifetime } from "./session-lifetime";

const SIGN_IN_LINK_MINUTES = 60;

// Without AUTH_URL, Auth.js builds its URLs (the emailed sign-in link among them) from the
// request's Host and X-Forwarded-Host headers, which an attacker sets at will.
process.env.AUTH_URL = env.APP_URL;

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const db = getDb();
  return {
    adapter: withAbsoluteSessionLifetime(
      db,
      DrizzleAdapter(db, {
        usersTable: users,
        accountsTable: accounts,
        sessionsTable: staffSessions,
        verificationTokensTable: verificationTokens,
      }),
    ),
    secret: env.AUTH_SECRET,
    trustHost: true,
    // Sessions live in PostgreSQL and end after SESSION_IDLE_MINUTES without activity;
    // each request more than a minute after the last one pushes the end out again.
    session: { strategy: "database", maxAge: env.SESSION_IDLE_MINUTES * 60, updateAge: 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
      Resend({
        apiKey: env.RESEND_API_KEY ?? "local-mailbox",
        from: env.EMAIL_FROM,
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        normalizeIdentifier: normalizeSignInEmail,
        async sendVerificationRequest({ identifier, url, request }) {
          // Over the limit: the person still reads "check your email", and nothing is sent.
          const allowed = await takeSignInAllowance(db, {
            email: identifier,
            ip: clientIp(request.headers, env.TRUSTED_PROXY_HOPS),
          });
          if (!allowed) {
            console.warn("[auth] sign-in email not sent: rate limit reached");
            return;
          }
          // Belt and braces: keep only Auth.js's path and query, on APP_URL's origin.
          const given = new URL(url);
          const link = appUrl(`${given.pathname}${given.search}`).toString();
          await sendEmail(db, {
            to: identifier,
            subject: "Your Attune sign-in link",
            template: createElement(SignInEmail, { url: link, minutesValid: SIGN_IN_LINK_MINUTES }),
          });
        },
      }),
    ],
    // One line per problem: name and message, no stack, no request details.
    logger: {
      error: (error) => {
        // Auth.js errors carry their kind in `type` (e.g. "Verification": a used or expired link).
        const kind = (error as Error & { type?: string }).type ?? error.name;
        console.error(`[auth] ${kind}: ${error.message.split("\n")[0]}`);
      },
      warn: (code) => console.warn(`[auth] warning: ${code}`),
    },
    callbacks: {
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
  };
});
