import { expect, test } from "vitest";
import {
  isLocalRequest,
  isLoopbackAddress,
  isLoopbackUrl,
  PEER_ADDRESS_HEADER,
} from "./local-request";

const request = (headers: Record<string, string>) => new Headers(headers);
const local = { [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1", host: "localhost:3000" };

test("loopback addresses in the forms Node reports them", () => {
  for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1", "[::1]"])
    expect(isLoopbackAddress(address), address).toBe(true);
  for (const address of ["10.0.0.5", "::ffff:192.168.1.4", "2001:db8::1", "localhost", ""])
    expect(isLoopbackAddress(address), address).toBe(false);
});

test("APP_URL counts as local only for localhost or a loopback address", () => {
  expect(isLoopbackUrl("http://localhost:3000")).toBe(true);
  expect(isLoopbackUrl("http://127.0.0.1:3917/")).toBe(true);
  expect(isLoopbackUrl("http://[::1]:3000")).toBe(true);
  expect(isLoopbackUrl("https://app.example.com")).toBe(false);
  expect(isLoopbackUrl("http://localhost.example.com")).toBe(false);
  expect(isLoopbackUrl("http://192.168.1.20:3000")).toBe(false);
});

test("a request from this computer, as Next hands it to a page, is local", () => {
  expect(isLocalRequest(request(local))).toBe(true);
  expect(
    isLocalRequest(
      request({
        ...local,
        "x-forwarded-for": "::ffff:127.0.0.1",
        "x-forwarded-host": "localhost:3000",
      }),
    ),
  ).toBe(true);
});

test("a request from elsewhere is refused whatever its headers claim", () => {
  // From another machine, claiming to be local in every header it controls.
  expect(
    isLocalRequest(
      request({
        [PEER_ADDRESS_HEADER]: "::ffff:192.168.1.50",
        host: "localhost:3000",
        "x-forwarded-for": "127.0.0.1",
      }),
    ),
  ).toBe(false);
  // Through a proxy on this machine, for someone else.
  expect(isLocalRequest(request({ ...local, "x-forwarded-for": "203.0.113.9" }))).toBe(false);
  expect(isLocalRequest(request({ ...local, "x-forwarded-host": "attune.example" }))).toBe(false);
  // A DNS-rebinding page: the socket is local, the name is not.
  expect(isLocalRequest(request({ ...local, host: "attacker.example:3000" }))).toBe(false);
  // No socket address recorded: refuse rather than guess.
  expect(isLocalRequest(request({ host: "localhost:3000" }))).toBe(false);
});
