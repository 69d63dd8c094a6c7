import { expect, test } from "vitest";
import type { NextConfig } from "next";
// @ts-expect-error -- next.config.mjs is plain JavaScript (allowJs is off); typed just below.
import config from "../../next.config.mjs";

const nextConfig = config as NextConfig;
const ignore = (nextConfig.logging as { incomingRequests: { ignore: RegExp[] } }).incomingRequests
  .ignore;
const logged = (url: string) => !ignore.some((pattern) => pattern.test(url));

test("the dev server's request log leaves out every URL with a token or an email address", () => {
  expect(logged("/c/l/Qm9vb2hvbWV3b3JrLXRva2VuLXNlY3JldA")).toBe(false);
  expect(logged("/c/unsubscribe/abc.def")).toBe(false);
  expect(logged("/api/auth/callback/resend?callbackUrl=%2F&token=abc&email=a%40b.c")).toBe(false);
  expect(logged("/dev/mailbox?to=dana%40attune.demo")).toBe(false);
  expect(logged("/sign-in/check-email?email=dana%40attune.demo")).toBe(false);
  expect(logged("/sign-in")).toBe(true);
  expect(logged("/p/3c9f/couples")).toBe(true);
  expect((nextConfig.logging as { serverFunctions: boolean }).serverFunctions).toBe(false);
});
