import "server-only";
import { cache } from "react";
import { currentUser } from "~/server/auth/session";
import { getDb } from "~/server/db";
import { createCaller } from "./root";

/** Server components call procedures directly, with no HTTP hop, as the signed-in user. */
export const api = cache(async () => createCaller({ db: getDb(), user: await currentUser() }));
