import { appUrl } from "~/server/urls/app-url";

/** The answers staff download routes share: a plain refusal, sign-in and back, the file itself. */

export const plainText = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/** 303 to sign in, then back to `back` (a path whose query holds no clinical text). */
export const signInThenBack = (back: string) =>
  Response.redirect(appUrl(`/sign-in?callbackUrl=${encodeURIComponent(back)}`), 303);

/** A file to save, never cached or sniffed. */
export function attachment(
  body: BodyInit,
  file: { type: string; name: string; bytes?: number },
): Response {
  return new Response(body, {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename="${file.name}"`,
      ...(file.bytes === undefined ? {} : { "Content-Length": String(file.bytes) }),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
