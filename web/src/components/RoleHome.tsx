import { Card, Col, Row, Spin, Typography } from "antd";
import { useLanguage } from "../language.tsx";
import type { Role } from "../model.ts";
import { isLinkCard, ROLE_HOMES } from "../roleHomes.ts";
import type { UnitsState } from "../units.ts";
import { CapabilityCard } from "./CapabilityCard.tsx";
import { LinkCard } from "./LinkCard.tsx";
import { UnitsProblem } from "./UnitsProblem.tsx";
import { UnitTree } from "./UnitTree.tsx";

/** One role's home page: its heading, what it is for, links to its pages and the cards later capabilities fill. */
export function RoleHome({ role, units }: { role: Role; units: UnitsState }) {
  const { t } = useLanguage();
  return (
    <section data-testid={`home-${role}`}>
      <Typography.Title level={2}>{t.workspace(t.roleLabels[role])}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.roleIntro[role]}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {ROLE_HOMES[role].map((home) => (
          <Col key={home.card} xs={24} md={12} xl={role === "province" ? 12 : 6}>
            {isLinkCard(home) ? (
              <LinkCard card={home.card} links={home.links} />
            ) : (
              <CapabilityCard card={home.card} capability={home.capability} />
            )}
          </Col>
        ))}
        {role === "province" && (
          <Col xs={24} md={12}>
            <Card title={t.unitTree} data-testid="unit-tree">
              <Typography.Paragraph type="secondary">{t.unitTreeHint}</Typography.Paragraph>
              {units.units ? (
                <UnitTree units={units.units} />
              ) : units.error ? (
                <UnitsProblem error={units.error} retry={units.retry} />
              ) : (
                <Spin />
              )}
            </Card>
          </Col>
        )}
      </Row>
    </section>
  );
}
