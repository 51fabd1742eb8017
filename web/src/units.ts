import { useCallback, useEffect, useState } from "react";
import { api } from "./api.ts";
import type { UnitNode } from "./model.ts";

let loading: Promise<UnitNode[]> | undefined;

/** The unit tree from GET /api/units (public), fetched once per page load. */
export function loadUnits(): Promise<UnitNode[]> {
  loading ??= api<{ units: UnitNode[] }>("/units").then(
    (res) => res.units,
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}

export interface UnitsState {
  units: UnitNode[] | undefined;
  error: unknown;
  retry: () => void;
}

export function useUnits(): UnitsState {
  const [request, setRequest] = useState(loadUnits);
  const [units, setUnits] = useState<UnitNode[]>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let live = true;
    setError(undefined);
    request.then(
      (tree) => live && setUnits(tree),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [request]);

  const retry = useCallback(() => setRequest(loadUnits()), []);
  return { units, error, retry };
}

export function findUnit(units: UnitNode[], id: string): UnitNode | undefined {
  for (const unit of units) {
    if (unit.id === id) return unit;
    const found = findUnit(unit.children, id);
    if (found) return found;
  }
  return undefined;
}

export interface PilotGroup {
  /** The unit the pilots sit under (a city for pilot counties); undefined for pilots at the top. */
  parent: UnitNode | undefined;
  pilots: UnitNode[];
}

/** Pilot units grouped under their parent unit, in tree order. */
export function pilotGroups(units: UnitNode[]): PilotGroup[] {
  const groups: PilotGroup[] = [];
  const visit = (nodes: UnitNode[], parent: UnitNode | undefined) => {
    const pilots = nodes.filter((n) => n.pilot);
    if (pilots.length > 0) groups.push({ parent, pilots });
    for (const node of nodes) visit(node.children, node);
  };
  visit(units, undefined);
  return groups;
}
