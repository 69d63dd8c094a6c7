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
