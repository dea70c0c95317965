/**
 * The guard every lib/server module imports first: a browser bundle that ever reaches lib/server
 * fails on load. It replaces the "server-only" package because Next refuses that package in the
 * Pages Router, whose published report documents read the data layer in getStaticProps. The
 * build-time half of the guard is scripts/architecture.test.ts: no "use client" module may import,
 * even indirectly, anything under lib/server.
 */
if (typeof window !== "undefined") throw new Error("lib/server 的模块只能在服务器上运行");
export {};
