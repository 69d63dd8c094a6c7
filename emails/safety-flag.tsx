import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export interface SafetyFlagEmailProps {
  practiceName: string;
  /** the couple's page (or the caseload, when several couples flagged), behind sign-in */
  url: string;
  /** unreviewed safety flags waiting for this therapist (alerts are coalesced) */
  flags?: number;
}

/** Only that something needs attention: who and what is shown after signing in. */
export function SafetyFlagEmail(props: SafetyFlagEmailProps) {
  return (
    <EmailLayout
      preview="A client needs your attention"
      footer={`You get this because you are the treating therapist in ${props.practiceName} on Attune.`}
    >
      <Text>
        {(props.flags ?? 1) > 1 ? (
          <>
            Clients in <strong>{props.practiceName}</strong> have flagged {props.flags} safety
            concerns you have not reviewed yet. Sign in to Attune to view them.
          </>
        ) : (
          <>
            A client in <strong>{props.practiceName}</strong> flagged a safety concern. Sign in to
            Attune to view it.
          </>
        )}
      </Text>
      <Button href={props.url} style={buttonStyle}>
        Sign in to view
      </Button>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>
        Or paste this address into your browser: <Link href={props.url}>{props.url}</Link>
      </Text>
    </EmailLayout>
  );
}

export default function Preview() {
  return (
    <SafetyFlagEmail
      practiceName="Harbour Couples Therapy"
      url="http://localhost:3000/p/00000000-0000-0000-0000-000000000000/couples/00000000-0000-0000-0000-000000000000"
    />
  );
}
