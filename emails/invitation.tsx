import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export interface InvitationEmailProps {
  url: string;
  practiceName: string;
  invitedBy: string;
  role: "admin" | "therapist" | "owner";
  expiresInDays: number;
}

export function InvitationEmail(props: InvitationEmailProps) {
  const article = props.role === "admin" || props.role === "owner" ? "an" : "a";
  return (
    <EmailLayout preview={`${props.invitedBy} invited you to ${props.practiceName} on Attune`}>
      <Text>
        {props.invitedBy} invited you to join <strong>{props.practiceName}</strong> on Attune as{" "}
        {article} {props.role}.
      </Text>
      <Button href={props.url} style={buttonStyle}>
        Accept the invitation
      </Button>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>
        The invitation expires in {props.expiresInDays} days. Or paste this address into your
        browser: <Link href={props.url}>{props.url}</Link>
      </Text>
    </EmailLayout>
  );
}

export default function Preview() {
  return (
    <InvitationEmail
      url="http://localhost:3000/invitations/example"
      practiceName="Harbour Couples Therapy"
      invitedBy="Dana Reyes"
      role="therapist"
      expiresInDays={7}
    />
  );
}
