import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export interface ExportReadyEmailProps {
  practiceName: string;
  /** the practice's export page, behind sign-in */
  url: string;
  /** how many days the download stays available */
  days: number;
}

/** Only that the export is ready: what it holds is seen after signing in, never in email. */
export function ExportReadyEmail(props: ExportReadyEmailProps) {
  return (
    <EmailLayout
      preview="Your practice export is ready"
      footer={`You get this because you asked for an export of ${props.practiceName} on Attune.`}
    >
      <Text>
        The export of <strong>{props.practiceName}</strong> you asked for is ready. Sign in to
        Attune to download it within {props.days} days.
      </Text>
      <Button href={props.url} style={buttonStyle}>
        Sign in to download
      </Button>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>
        Or paste this address into your browser: <Link href={props.url}>{props.url}</Link>
      </Text>
    </EmailLayout>
  );
}

export default function Preview() {
  return (
    <ExportReadyEmail
      practiceName="Lakeside Couples Practice"
      url="http://localhost:3000/p/00000000-0000-0000-0000-000000000000/export"
      days={7}
    />
  );
}
