import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export interface HomeworkAssignedEmailProps {
  /** null for a discreet email: the practice is not named anywhere in it */
  practiceName: string | null;
  /** the partner's personal link, minted when the email is sent */
  url: string;
  expiresInDays: number;
}

/** Says who it is from and gives the link: what the homework is stays behind the link. */
export function HomeworkAssignedEmail(props: HomeworkAssignedEmailProps) {
  const who = props.practiceName ?? "your care team";
  const Who = props.practiceName ?? "Your care team";
  return (
    <EmailLayout
      preview={`${Who} has shared homework with you`}
      footer={`You received this because ${who} added this address to send you homework. If you think that is a mistake, you can ignore this email.`}
      discreet={props.practiceName === null}
    >
      <Text>
        <strong>{Who}</strong> has shared homework with you{props.practiceName ? " on Attune" : ""}.
        Open your personal link to see it and fill it in, on your phone or computer.
      </Text>
      <Button href={props.url} style={buttonStyle}>
        Open my homework
      </Button>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>
        This link is just for you, so please do not forward it. It works for {props.expiresInDays}{" "}
        days; after that you can ask for a new one. Or paste this address into your browser:{" "}
        <Link href={props.url}>{props.url}</Link>
      </Text>
    </EmailLayout>
  );
}

export default function Preview() {
  return (
    <HomeworkAssignedEmail
      practiceName="Harbour Couples Therapy"
      url="http://localhost:3000/c/l/example"
      expiresInDays={14}
    />
  );
}
