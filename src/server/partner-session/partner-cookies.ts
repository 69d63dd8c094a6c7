import type { NextResponse } from "next/server";
import { env } from "~/env";
import { DEVICE_COOKIE, PARTNER_COOKIE } from "./partner-session";

const secure = () => env.APP_URL.startsWith("https://");

/** Browsers cap a cookie's lifetime at 400 days. */
const DEVICE_COOKIE_SECONDS = 400 * 24 * 60 * 60;

/**
 * The partner-session cookie. Without `until` it is a browser-session cookie (gone when the
 * browser closes), which is what a shared or unknown device gets; their own device keeps it
 * until the session's end.
 */
export function setPartnerCookie(response: NextResponse, token: string, until?: Date) {
  response.cookies.set(PARTNER_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    ...(until ? { maxAge: Math.max(0, Math.floor((until.getTime() - Date.now()) / 1000)) } : {}),
  });
}

/** The device cookie: random, carries nothing about the person, read only by the server. */
export function setDeviceCookie(response: NextResponse, value: string) {
  response.cookies.set(DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: DEVICE_COOKIE_SECONDS,
  });
}

/** Sign-out forgets the session; quick exit forgets the device too. */
export function clearPartnerCookies(response: NextResponse, { device }: { device: boolean }) {
  response.cookies.set(PARTNER_COOKIE, "", { path: "/", maxAge: 0, secure: secure() });
  if (device) response.cookies.set(DEVICE_COOKIE, "", { path: "/", maxAge: 0, secure: secure() });
}

/** Set once the partner puts away the "Add to home screen" tip on this device. */
export const HOME_SCREEN_TIP_COOKIE = "attune_home_tip";

export function hideHomeScreenTip(response: NextResponse) {
  response.cookies.set(HOME_SCREEN_TIP_COOKIE, "hidden", {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/c",
    maxAge: DEVICE_COOKIE_SECONDS,
  });
}
