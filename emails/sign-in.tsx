import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./layout";

export function SignInEmail({ url, minutesValid }: { url: string; minutesValid: number }) {
  return (
    <EmailLayout preview="Your Attune sign-in link">
      <Text>
        Use this link to sign in to Attune. It works once and expires in {minutesValid} minutes.
      </Text>
      <Button href={url} style={buttonStyle}>
        Sign in to Attune
      </Button>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>
        Or paste this address into your browser: <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}

export default function Preview() {
  return (
    <SignInEmail
      url="http://localhost:3000/api/auth/callback/resend?token=example"
      minutesValid={60}
    />
  );
}
