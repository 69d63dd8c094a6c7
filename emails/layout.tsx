import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const body = {
  backgroundColor: "#f6f5f2",
  fontFamily: "Helvetica, Arial, sans-serif",
  color: "#1f2933",
};
const card = {
  backgroundColor: "#ffffff",
  borderRadius: "8px",
  padding: "32px",
  margin: "32px auto",
  maxWidth: "480px",
};
const footerStyle = { fontSize: "12px", color: "#6b7280", lineHeight: "18px" };

const defaultFooter =
  "You received this because someone used this address with Attune. If it was not you, you can ignore this email.";

export function EmailLayout({
  preview,
  children,
  footer = defaultFooter,
  discreet = false,
}: {
  preview: string;
  children: ReactNode;
  footer?: ReactNode;
  /** A discreet email to a partner: no product name either (it says "couples therapy" to a reader). */
  discreet?: boolean;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={card}>
          {discreet ? null : (
            <Text
              style={{ fontSize: "18px", fontWeight: 600, color: "#0f5257", margin: "0 0 16px" }}
            >
              Attune
            </Text>
          )}
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e5e7eb", margin: "24px 0" }} />
          <Text style={footerStyle}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#0f5257",
  color: "#ffffff",
  borderRadius: "6px",
  padding: "12px 20px",
  fontWeight: 600,
  textDecoration: "none",
  display: "inline-block",
};
