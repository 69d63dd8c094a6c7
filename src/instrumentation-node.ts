import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_ADDRESS_HEADER } from "~/server/local-request";
import { installSafeConsole } from "~/server/safe-console";

/*
 * Next gives pages headers but not the socket, and fills X-Forwarded-For from the socket only when
 * a request brings none, so a page cannot tell a local request from a remote one that claims to be.
 * Node announces every request before Next sees it: record the socket's own address in a header,
 * overwriting whatever a client sent under that name.
 */
subscribe("http.server.request.start", (message) => {
  const { request, socket } = message as { request: IncomingMessage; socket: Socket };
  request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "";
});

// Next logs what a page or route handler throws with its stack and message; a failed query's
// message lists its parameters. In production every error line goes through the safe form.
if (process.env.NODE_ENV === "production") installSafeConsole();

// The first session-prep PDF in a process would pay for reading the fonts and compiling the
// layout code; do it once now, off the request path (a failure costs only that head start).
if (process.env.NODE_ENV === "production") {
  setTimeout(() => {
    import("~/server/prep/warm-pdf")
      .then(({ warmPdfRenderer }) => warmPdfRenderer())
      .catch((error: unknown) => console.error(`[pdf] warm-up failed: ${String(error)}`));
  }, 0);
}
