export * from "./schema";
export { triage } from "./triage";
export { RULES, SELF_CARE_RULE, type Rule } from "./rules";
export { hasNerveSigns } from "./facts";
