/**
 * The practice's closed vocabularies, defined once: the database enums, the zod schemas, the
 * forms and the PDF all read these tuples and labels.
 */

export const roles = ["owner", "admin", "therapist"] as const;
export type Role = (typeof roles)[number];
export const roleLabel: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  therapist: "Therapist",
};

/** The roles an invitation can give (a practice has one owner); the first is the form's default. */
export const invitableRoles = ["therapist", "admin"] as const satisfies readonly Role[];
export type InvitableRole = (typeof invitableRoles)[number];

export const pdfPageSizes = ["LETTER", "A4"] as const;
export type PdfPageSize = (typeof pdfPageSizes)[number];
export const pdfPageSizeLabel: Record<PdfPageSize, string> = { LETTER: "US Letter", A4: "A4" };
