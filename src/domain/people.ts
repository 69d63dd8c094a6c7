/** How a staff member is named to colleagues, partners and in the PDF: name and credentials, else the email. */
export function staffName(person: {
  name: string | null;
  credentials?: string | null;
  email: string;
}): string {
  if (!person.name) return person.email;
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name;
}
