import { expect, test } from "vitest";
import { resolveDevOptions } from "./dev-options";

test("with nothing set, the dev server serves this computer only on port 3000 and links there", () => {
  expect(resolveDevOptions([], {})).toEqual({
    port: 3000,
    hostname: "127.0.0.1",
    appUrl: "http://localhost:3000",
  });
});

test("-p, --port and PORT move the server and every link with it; the command line wins", () => {
  expect(resolveDevOptions(["-p", "3917"], {}).appUrl).toBe("http://localhost:3917");
  expect(resolveDevOptions(["--port=3918"], {}).port).toBe(3918);
  expect(resolveDevOptions([], { PORT: "3919" })).toMatchObject({
    port: 3919,
    appUrl: "http://localhost:3919",
  });
  expect(resolveDevOptions(["-p", "3920"], { PORT: "3919" }).port).toBe(3920);
});

test("an APP_URL that is set is kept whatever the port", () => {
  const options = resolveDevOptions(["-p", "3917"], { APP_URL: "http://192.168.1.20:3917" });
  expect(options.appUrl).toBe("http://192.168.1.20:3917");
});

test("HOST or -H opens the server to the network only when asked", () => {
  expect(resolveDevOptions([], { HOST: "0.0.0.0" }).hostname).toBe("0.0.0.0");
  expect(resolveDevOptions(["-H", "0.0.0.0"], { HOST: "127.0.0.1" }).hostname).toBe("0.0.0.0");
});

test("a bad port, APP_URL or option stops the start with a message naming it", () => {
  expect(() => resolveDevOptions(["-p", "abc"], {})).toThrow("-p must be a number");
  expect(() => resolveDevOptions([], { PORT: "70000" })).toThrow(
    "PORT must be between 1 and 65535",
  );
  expect(() => resolveDevOptions([], { APP_URL: "localhost:3000" })).toThrow(
    "APP_URL must be a full URL",
  );
  expect(() => resolveDevOptions(["--prot", "3917"], {})).toThrow("-p/--port");
});
