import { TreeSelect } from "antd";
import { useMemo } from "react";
import { useLanguage } from "../language.tsx";
import type { UnitNode } from "../model.ts";
import { findUnit } from "../units.ts";

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

/**
 * Picks a unit in the subtree the user may see (their unit and the units below it); the API
 * checks the scope again.
 */
export function UnitPicker({
  units,
  rootId,
  value,
  onChange,
  id,
  testId,
  allowClear,
}: {
  units: UnitNode[] | undefined;
  rootId: string;
  /** Set by the page, or by Form.Item when the picker is a form field. */
  value?: string;
  /** Clearing the picker (allowClear, for filters) answers "". */
  onChange?: (unitId: string) => void;
  id?: string;
  testId?: string;
  allowClear?: boolean;
}) {
  const { t } = useLanguage();
  const treeData = useMemo(() => {
    const root = units ? findUnit(units, rootId) : undefined;
    const toOption = (unit: UnitNode): TreeOption => ({
      value: unit.id,
      title: unit.name,
      children: unit.children.map(toOption),
    });
    return root ? [toOption(root)] : [];
  }, [units, rootId]);
  return (
    <TreeSelect
      id={id}
      data-testid={testId}
      aria-label={t.unit}
      className="unit-picker"
      value={treeData.length > 0 ? value : undefined}
      placeholder={units ? t.unitPick : t.loading}
      treeData={treeData}
      treeDefaultExpandedKeys={[rootId]}
      showSearch={{ treeNodeFilterProp: "title" }}
      allowClear={allowClear}
      onChange={(next?: string) => onChange?.(next ?? "")}
      popupMatchSelectWidth={false}
    />
  );
}

/** The name of a unit, or its code while the tree loads or when it is unknown. */
export function unitName(units: UnitNode[] | undefined, id: string): string {
  return (units && findUnit(units, id)?.name) || id;
}
