import type { Unit } from "../units/schema.ts";

type DemoUnit = Omit<Unit, "path">;

const u = (id: string, name: string, level: Unit["level"], parentId: string | null, pilot = false): DemoUnit => ({
  id,
  name,
  level,
  parentId,
  pilot,
});

/**
 * Demo unit tree: Gansu, three cities, four pilot counties with towns and sub-districts.
 * County and above use GB/T 2260 codes; towns extend them to nine digits as GB/T 10114 does.
 * Parents come before children so the path can be derived in order.
 */
export const DEMO_UNITS: DemoUnit[] = [
  u("620000", "甘肃省", "province", null),
  u("620100", "兰州市", "city", "620000"),
  u("620102", "城关区", "county", "620100", true),
  u("620102001", "酒泉路街道", "town", "620102"),
  u("620102002", "张掖路街道", "town", "620102"),
  u("620102003", "雁南街道", "town", "620102"),
  u("620121", "永登县", "county", "620100", true),
  u("620121100", "城关镇", "town", "620121"),
  u("620121101", "红城镇", "town", "620121"),
  u("620121102", "中堡镇", "town", "620121"),
  u("620121103", "武胜驿镇", "town", "620121"),
  u("620500", "天水市", "city", "620000"),
  u("620502", "秦州区", "county", "620500", true),
  u("620502001", "大城街道", "town", "620502"),
  u("620502002", "七里墩街道", "town", "620502"),
  u("620502100", "玉泉镇", "town", "620502"),
  u("620700", "张掖市", "city", "620000"),
  u("620702", "甘州区", "county", "620700", true),
  u("620702001", "东街街道", "town", "620702"),
  u("620702100", "梁家墩镇", "town", "620702"),
  u("620702101", "上秦镇", "town", "620702"),
];

/** The pilot county every non-province demo account belongs to. */
export const DEMO_PILOT_COUNTY = "620121";
