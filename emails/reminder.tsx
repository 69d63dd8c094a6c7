import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export interface ReminderEmailProps {
  /** null for a discreet email: the practice is not named anywhere in it */
  practiceName: string | null;
  /** the partner's personal link, minted when the email is sent */
  url: string;
  unsubscribeUrl: string;
}

export function ReminderEmail(props: ReminderEmailProps) {
  const who = props.practiceName ?? "your care team";
  return (
    <EmailLayout
      preview={`A gentle reminder from ${who}`}
      discreet={props.practiceName === null}
      footer={
        <>
          You get this because {who} shared homework with you
          {props.practiceName ? " on Attune" : ""}. Rather not have reminders?{" "}
          <Link href={props.unsubscribeUrl}>Stop reminder emails</Link> (your homework stays where
          it is).
        </>
      }
    >
      <Text>
        A gentle reminder: you have homework from <strong>{who}</strong> waiting for you. A few
        minutes, whenever you have a quiet moment, is enough.
      </Text>
      <Button href={props.url} style={buttonStyle}>
        Open my homework
      </Button>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>
        This link is just for you, so please do not forward it. Or paste this address into your
        browser: <Link href={props.url}>{props.url}</Link>
      </Text>
    </EmailLayout>
  );
}

export default function Preview() {
  return (
    <ReminderEmail
      practiceName="Harbour Couples Therapy"
      url="http://localhost:3000/c/l/example"
      unsubscribeUrl="http://localhost:3000/c/unsubscribe/example"
    />
  );
}
