import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createRequestContext } from "./request-context";
import { createCaller } from "./root";

/** Server components call procedures directly, with no HTTP hop, as whoever made the request. */
export const api = cache(async () => createCaller(await createRequestContext(await headers())));
