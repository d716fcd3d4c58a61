export * from "./schema";
export * from "./trend";
export * from "./summary";
