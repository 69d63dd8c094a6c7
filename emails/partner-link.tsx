import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export interface PartnerLinkEmailProps {
  /** null for a discreet email: the practice is not named anywhere in it */
  practiceName: string | null;
  /** the partner's personal link, minted when the email is sent */
  url: string;
  expiresInDays: number;
}

export function PartnerLinkEmail(props: PartnerLinkEmailProps) {
  return (
    <EmailLayout
      preview={
        props.practiceName ? `Your link for ${props.practiceName}` : "Your new personal link"
      }
      footer="If you did not ask for a new link, you can ignore this email: nothing happens until the link is opened."
      discreet={props.practiceName === null}
    >
      <Text>
        {props.practiceName ? (
          <>
            Here is your new personal link for <strong>{props.practiceName}</strong> on Attune.
          </>
        ) : (
          "Here is your new personal link."
        )}
      </Text>
      <Button href={props.url} style={buttonStyle}>
        {props.practiceName ? "Open Attune" : "Open my homework"}
      </Button>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>
        It works for {props.expiresInDays} days. This link is just for you, so please do not forward
        it. Or paste this address into your browser: <Link href={props.url}>{props.url}</Link>
      </Text>
    </EmailLayout>
  );
}

export default function Preview() {
  return (
    <PartnerLinkEmail
      practiceName="Harbour Couples Therapy"
      url="http://localhost:3000/c/l/example"
      expiresInDays={14}
    />
  );
}
