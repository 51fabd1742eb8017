import { RightOutlined } from "@ant-design/icons";
import { Card, Flex, Typography } from "antd";
import { Link } from "react-router-dom";
import type { CardKey } from "../i18n.ts";
import { useLanguage } from "../language.tsx";
import { type NavKey, PATHS } from "../navigation.ts";

/** A part of a role's home page that leads to its pages. */
export function LinkCard({ card, links }: { card: CardKey; links: NavKey[] }) {
  const { t } = useLanguage();
  const text = t.cards[card];
  return (
    <Card title={text.title} data-testid={`card-${card}`} style={{ height: "100%" }}>
      <Typography.Paragraph>{text.body}</Typography.Paragraph>
      <Flex vertical gap={8}>
        {links.map((key) => (
          <Link key={key} to={PATHS[key]} className="card-link" data-testid={`link-${key}`}>
            {t.nav[key]} <RightOutlined />
          </Link>
        ))}
      </Flex>
    </Card>
  );
}
