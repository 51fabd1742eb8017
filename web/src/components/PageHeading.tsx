import { Flex, Typography } from "antd";
import type { ReactNode } from "react";

/** A page's title, an optional line on what it is for, and its controls (pickers, actions). */
export function PageHeading({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  return (
    <div className="page-heading">
      <Typography.Title level={2}>{title}</Typography.Title>
      {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
      {children && (
        <Flex gap={12} wrap align="center" className="page-controls">
          {children}
        </Flex>
      )}
    </div>
  );
}
