import { Tag, Tree, type TreeDataNode } from "antd";
import { useMemo } from "react";
import { useLanguage } from "../language.tsx";
import type { UnitNode } from "../model.ts";

/** The unit tree with pilot units marked; opened down to the counties. */
export function UnitTree({ units }: { units: UnitNode[] }) {
  const { t } = useLanguage();
  const { data, expanded } = useMemo(() => {
    const expanded: string[] = [];
    const toNode = (unit: UnitNode): TreeDataNode => {
      if (unit.level === "province" || unit.level === "city") expanded.push(unit.id);
      return {
        key: unit.id,
        title: (
          <span data-testid={`unit-${unit.id}`}>
            {unit.name}
            {unit.pilot && (
              <Tag color="red" style={{ marginInlineStart: 8 }}>
                {t.pilotTag}
              </Tag>
            )}
          </span>
        ),
        children: unit.children.map(toNode),
      };
    };
    return { data: units.map(toNode), expanded };
  }, [units, t]);
  return <Tree treeData={data} defaultExpandedKeys={expanded} selectable={false} showLine />;
}
