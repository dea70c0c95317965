/**
 * Classification codes come from the admin-maintained table for every reader: a code an admin
 * adds for 2021 is known to the editor's checks, submit and the public render of 2021, and
 * unknown to 2020; with an empty table the core's shipped sets apply.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./support/test-db";
import { seedDatabase } from "../../scripts/db/seed-database";
import { emptyPackage } from "@/lib/disclosure/template";
import { checkDraft } from "@/lib/workspace/draft-checks";

const { codeSetFor, loadCodeSetsFrom } = await import("@/lib/server/codes/load-code-sets");
const { BUILTIN_CODE_SETS } = await import("@/lib/disclosure/codes");

let testDb: TestDatabase;
const NEW_CODE = "2010288"; // not in the shipped 2020 set

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDatabase(testDb.prisma);
  await testDb.prisma.classificationCode.create({ data: { kind: "FUNCTIONAL", code: NEW_CODE, name: "测试新增科目", validFrom: 2021 } });
});

afterAll(async () => {
  await testDb.drop();
});

function packageWithIncome(year: number) {
  const pkg = emptyPackage({ unitCode: "430203-zgh", unitName: "株洲市芦淞区总工会", year });
  pkg.income = [
    { code: NEW_CODE, fiscal: "100.00", superiorSubsidy: "0.00", business: "0.00", operating: "0.00", subsidiaryRemittance: "0.00", other: "0.00" },
  ];
  return pkg;
}

const unknownCode = (results: ReturnType<typeof checkDraft>) => results.filter((r) => r.rule === "R2" && r.message.includes(NEW_CODE));

describe("code sets from the database", () => {
  it("a code valid from 2021 is known in 2021 and unknown in 2020", async () => {
    const set2021 = await codeSetFor(testDb.prisma, 2021);
    const set2020 = await codeSetFor(testDb.prisma, 2020);
    expect(set2021?.functional.get(NEW_CODE)).toBe("测试新增科目");
    expect(set2020?.functional.has(NEW_CODE)).toBe(false);
    expect(set2021?.functional.get("2010201")).toBe("行政运行"); // the seeded 2020 codes still hold in 2021
    expect(unknownCode(checkDraft(packageWithIncome(2021), null, set2021, "UNIT"))).toEqual([]);
    expect(unknownCode(checkDraft(packageWithIncome(2020), null, set2020, "UNIT"))).toHaveLength(1);
  });

  it("an empty table falls back to the sets the core ships with", async () => {
    await testDb.prisma.classificationCode.deleteMany({});
    expect(await loadCodeSetsFrom(testDb.prisma)).toBe(BUILTIN_CODE_SETS);
  });
});
