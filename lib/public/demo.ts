/**
 * Invented units (示例数据) are recognised by their code prefix, so every page, export and API
 * response can label them without a schema change. Real unit codes never start with "demo-".
 */
export const DEMO_CODE_PREFIX = "demo-";
export const DEMO_LABEL = "示例数据";

export function isDemoUnit(unitCode: string): boolean {
  return unitCode.startsWith(DEMO_CODE_PREFIX);
}
