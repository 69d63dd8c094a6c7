import { describe, expect, test } from "vitest";
import { PEER_ADDRESS_HEADER } from "~/server/local-request";
import { clientIp, UNKNOWN_CLIENT } from "./client-ip";

const withForwardedFor = (value: string) => new Headers({ "x-forwarded-for": value });

describe("the client address behind trusted proxies", () => {
  test("with one proxy, the address it appended wins over one the client wrote", () => {
    expect(clientIp(withForwardedFor("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  test("with two proxies, the address the outer one appended", () => {
    expect(clientIp(withForwardedFor("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  test("a client spoofing many entries still gets its real address", () => {
    const spoofed = withForwardedFor("1.1.1.1, 2.2.2.2, 3.3.3.3, 198.51.100.4");
    expect(clientIp(spoofed, 1)).toBe("198.51.100.4");
  });

  test("a request with fewer entries than proxies is not vouched for", () => {
    expect(clientIp(withForwardedFor("203.0.113.7"), 2)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(new Headers(), 1)).toBe(UNKNOWN_CLIENT);
  });

  test("with no proxy, forwarded headers are the client's own word and ignored", () => {
    const spoofed = new Headers({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7" });
    expect(clientIp(spoofed, 0)).toBe(UNKNOWN_CLIENT);
  });

  test("with no proxy, the socket's own address (recorded by the server) is used", () => {
    const headers = new Headers({
      "x-forwarded-for": "6.6.6.6",
      [PEER_ADDRESS_HEADER]: "203.0.113.9",
    });
    expect(clientIp(headers, 0)).toBe("203.0.113.9");
  });

  test("blank entries a proxy may leave do not shift the count", () => {
    expect(clientIp(withForwardedFor("6.6.6.6, 203.0.113.7 ,"), 1)).toBe("203.0.113.7");
  });
});
