import { describe, expect, it } from "vitest";
import { runChecks } from "./checks";
import { parsePackage } from "./package";
import { renderReport } from "./render";
import { emptyPackage } from "./template";

describe("emptyPackage", () => {
  it("is schema-valid, has no error but R10 (nothing to disclose yet), and renders nine empty tables", () => {
    const pkg = emptyPackage({ unitCode: "430203-zgh", unitName: "株洲市芦淞区总工会", year: 2021 });
    expect(parsePackage(JSON.parse(JSON.stringify(pkg)))).toEqual({ ok: true, package: pkg });
    expect(runChecks(pkg).map((c) => c.rule)).toEqual(["R10"]);
    const r = renderReport(pkg);
    expect(r.tables.every((t) => t.emptyNote !== null)).toBe(true);
    expect(r.unit.name).toBe("株洲市芦淞区总工会");
  });

  it("falls back to the unit code for the (required) name", () => {
    expect(emptyPackage({ unitCode: "X9", year: 2020 }).unit.name).toBe("X9");
    expect(emptyPackage({ unitCode: "X9", unitName: " ", year: 2020 }).unit.name).toBe("X9");
  });
});
