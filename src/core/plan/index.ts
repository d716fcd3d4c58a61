export * from "./schema";
export { plan } from "./plan";
export { severityOf } from "./situation";
export { clearedRuleIds } from "./clearance";
