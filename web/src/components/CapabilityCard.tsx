import { Card, Tag, Typography } from "antd";
import type { Capability, CardKey } from "../i18n.ts";
import { useLanguage } from "../language.tsx";

/** A part of a role's home page that a later capability delivers; it says which one. */
export function CapabilityCard({ card, capability }: { card: CardKey; capability: Capability }) {
  const { t } = useLanguage();
  const text = t.cards[card];
  return (
    <Card title={text.title} data-testid={`card-${card}`} style={{ height: "100%" }}>
      <Typography.Paragraph>{text.body}</Typography.Paragraph>
      <Typography.Text type="secondary">
        <Tag>{t.comingTag}</Tag>
        {t.capabilityArrives(t.capabilities[capability])}
      </Typography.Text>
    </Card>
  );
}
