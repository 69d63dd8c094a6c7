/** The cookies Auth.js keeps the staff session in (the second on HTTPS). */
export const STAFF_SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
