// datapackage (Frictionless, JS) ships without types; open-data.test.ts declares the part it uses.
declare module "datapackage";
